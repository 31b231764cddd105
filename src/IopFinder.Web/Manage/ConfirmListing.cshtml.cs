using IopFinder.Core.Editing;
using IopFinder.Core.Listings;
using IopFinder.Web.Manage.Claims;
using IopFinder.Web.Manage.Confirming;
using IopFinder.Web.Manage.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>"Everything on this listing is still right": the listing's key facts and one button, for the people who hold it.</summary>
public sealed class ConfirmListingModel(ConfirmationService confirmations, IListingAccess access, CurrentPerson person,
    IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    protected override string TitleKey => "Manage.ConfirmListing.Title";

    public Listing? Listing { get; private set; }

    /// <summary>True when the signed-in person does not hold the listing: a 403 page that shows nothing of it.</summary>
    public bool Refused { get; private set; }

    public ConfirmationStatus? Status { get; private set; }

    /// <summary>Why the confirmation was not written, worded for the page; null when it was or none was tried.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        var result = await confirmations.ConfirmAsync(person.RequiredEmail, id, HttpContext.RequestAborted);
        if (result is Saved) return LocalRedirect(QueryHelpers.AddQueryString(Language.AddressOf("/manage"), PortalHomeModel.ConfirmedParameter, id));
        Problem = result switch
        {
            SaveConflict => Text["Manage.ConfirmListing.Conflict"],
            SaveInvalid invalid => Text["Manage.ConfirmListing.Invalid", string.Join("; ", invalid.Problems.Select(p => ProblemWords.Of(p, Text)))],
            _ => Text["Manage.ConfirmListing.Failed"],
        };
        return Page();
    }

    /// <summary>The listing and its state; a refusal (403, nothing shown) for anyone who does not hold it, 404 for no listing.</summary>
    private async Task<IActionResult?> LoadAsync(string id)
    {
        if (!await access.CanEditAsync(person.RequiredEmail, id, HttpContext.RequestAborted))
        {
            // A page of its own with the status: an empty 403 would be re-executed as the site's "not found" page.
            Refused = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        Listing = confirmations.Read(id);
        if (Listing is null) return NotFound();
        Status = ConfirmationRule.On(Listing, confirmations.Today);
        return null;
    }
}
