using IopFinder.Core.Listings;
using IopFinder.Web.Shared;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Shared.Infrastructure;
using IopFinder.Web.Shared.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Programs;

/// <summary>
/// "Suggest a correction" when neither a corrections address nor the program's own e-mail is known:
/// a plain form whose suggestion joins the maintainers' review queue and
/// the listing's editors' portal page. No cookie, so no antiforgery token;
/// the worst a forged post can do is leave a suggestion, and the rate limiter bounds that.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class CorrectionsModel(CatalogSnapshot snapshot, ICorrectionInbox box, IStringLocalizer<SharedResource> text) : PageModel, IPageMeta
{
    public Listing? Listing { get; private set; }

    /// <summary>What became of the suggestion sent; null before one is.</summary>
    public CorrectionReceipt? Receipt { get; private set; }

    public string Title => text["Provenance.Suggest"];

    public string Description => text["Meta.Corrections"];

    public string? Canonical => null;

    public IActionResult OnGet(string? id)
    {
        Listing = id is null ? null : snapshot.Index.Get(id);
        return Listing is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, string? suggestion, string? contact)
    {
        Listing = id is null ? null : snapshot.Index.Get(id);
        if (Listing is null) return NotFound();
        Receipt = await box.SubmitAsync(Listing.Id, suggestion, contact, LanguageChoice.Of(HttpContext).Language, HttpContext.RequestAborted);
        if (Receipt == CorrectionReceipt.Unavailable) TryAgainShortly.Set(Response);
        return Page();
    }
}
