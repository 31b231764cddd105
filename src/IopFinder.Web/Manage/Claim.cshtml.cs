using IopFinder.Core.Listings;
using IopFinder.Web.Manage;
using IopFinder.Web.Manage.Claims;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>"Manage this listing": a signed-in person asks to edit a listing; granted at once or queued (ClaimRule).</summary>
public sealed class ClaimModel(ClaimService claims, IListingAccess access, CurrentPerson person, CatalogSnapshot catalog,
    IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    protected override string TitleKey => "Manage.Claim.Title";

    public Listing? Listing { get; private set; }

    public bool Held { get; private set; }

    public ClaimOutcome? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Listing = catalog.Index.Get(id);
        if (Listing is null) return NotFound();
        Held = await access.CanEditAsync(person.RequiredEmail, Listing.Id, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        Listing = catalog.Index.Get(id);
        if (Listing is null) return NotFound();
        Outcome = await claims.ClaimAsync(person.RequiredEmail, Listing, Language, HttpContext.RequestAborted);
        Held = Outcome is ClaimOutcome.Granted or ClaimOutcome.AlreadyHeld;
        return Page();
    }
}
