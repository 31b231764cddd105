using IopFinder.Core.Listings;
using IopFinder.Web.Shared;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Programs;

/// <summary>For program staff: how their listing is kept up to date, away from the pages families read.</summary>
public sealed class ForProgramsModel(CatalogSnapshot snapshot, IOptions<CatalogOptions> options, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel, IPageMeta
{
    public Listing? Listing { get; private set; }

    public ListingProvenance? Provenance { get; private set; }

    /// <summary>The vocabularies whose ids a listing uses, shown as the staff guide's tables.</summary>
    public Core.Taxonomy.Taxonomy Taxonomy => snapshot.Index.Catalog.Taxonomy;

    public string Title => text["Layout.ForStaff"];

    public string Description => text["Meta.ForPrograms"];

    /// <summary>The general page is indexed; one listing's version of it is for that program's staff.</summary>
    public string? Canonical => Listing is null ? "/for-programs" : null;

    public IActionResult OnGet(string? id)
    {
        Listing = id is null ? null : snapshot.Index.Get(id);
        if (id is not null && Listing is null) return NotFound();
        if (Listing is not null) Provenance = new ListingProvenance(Listing, options.Value, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), text);
        return Page();
    }
}
