using IopFinder.Web.Compare;
using IopFinder.Web.Shared;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Shared.Infrastructure;
using IopFinder.Web.Shared.Links;
using IopFinder.Web.Shared.Wording;
using Microsoft.AspNetCore.OutputCaching;
using IopFinder.Core.Checklist;
using IopFinder.Core.Listings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Programs;

/// <summary>One program's page; unknown ids are 404.</summary>
[OutputCache(PolicyName = OutputCaching.Policy)]
public sealed class DetailsModel(CatalogSnapshot snapshot, MarkdownRenderer markdown, IOptions<CatalogOptions> options, TimeProvider clock, Words words, SiteUrls urls) : PageModel, IPageMeta
{
    public Listing Listing { get; private set; } = null!;

    public Words Words => words;

    public string BodyHtml { get; private set; } = "";

    public CompareTray Tray { get; private set; } = null!;

    public ListingProvenance Provenance { get; private set; } = null!;

    public IReadOnlyList<string> Questions { get; private set; } = [];

    public string Title => Listing.Name;

    public string Description { get; private set; } = "";

    public string? Canonical => ProgramUrls.Page(Listing.Id);

    /// <summary>The listing as schema.org JSON-LD, escaped for a script element.</summary>
    public string JsonLd { get; private set; } = "";

    public IActionResult OnGet(string id)
    {
        var index = snapshot.Index;
        if (index.Get(id) is not { } listing) return NotFound();
        Listing = listing;
        BodyHtml = markdown.ToHtml(listing.Body);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Questions = words.Questions.Say(IntakeQuestions.For(listing, today, index.Registry));
        Description = ProgramSentence.Say(listing, words);
        JsonLd = ProgramJsonLd.For(listing, Description, words.Terms, urls, today);
        Provenance = new ListingProvenance(listing, options.Value, today, words.Text);
        Tray = CompareTray.For(Request.Query, index.Get, $"/programs/{listing.Id}");
        return Page();
    }
}
