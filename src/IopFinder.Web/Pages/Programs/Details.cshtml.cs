using IopFinder.Core.Listings;
using IopFinder.Web.Services;
using IopFinder.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Pages.Programs;

/// <summary>One program's page; unknown ids are 404.</summary>
public sealed class DetailsModel(CatalogStore store, MarkdownRenderer markdown, IOptions<CatalogOptions> options, TimeProvider clock) : PageModel, IPageMeta
{
    public Listing Listing { get; private set; } = null!;

    public Core.Taxonomy.Taxonomy Taxonomy { get; private set; } = null!;

    public string BodyHtml { get; private set; } = "";

    public CompareTray Tray { get; private set; } = null!;

    public ListingProvenance Provenance { get; private set; } = null!;

    public IReadOnlyList<string> Questions { get; private set; } = [];

    public string Title => Listing.Name;

    public IActionResult OnGet(string id)
    {
        var index = store.Current.Index;
        if (index.Get(id) is not { } listing) return NotFound();
        Listing = listing;
        Taxonomy = index.Catalog.Taxonomy;
        BodyHtml = markdown.ToHtml(listing.Body);
        Questions = Core.Checklist.IntakeQuestions.For(listing, Taxonomy);
        Provenance = new ListingProvenance(listing, options.Value, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Tray = CompareTray.For(Request.Query, index.Get, $"/programs/{listing.Id}");
        return Page();
    }
}
