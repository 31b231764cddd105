using Microsoft.AspNetCore.Authorization;
using IopFinder.Web.Manage;
using IopFinder.Core.Listings;
using IopFinder.Web.Manage.Claims;
using IopFinder.Web.Manage.Confirming;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Review;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>The portal's front page: the sign-in form for a visitor; a person's listings and the status of their claims once signed in.</summary>
[AllowAnonymous]
public sealed class PortalHomeModel(CurrentPerson person, IListingAccess access, ReviewQueue queue, ConfirmationService confirmations,
    CatalogSnapshot catalog, IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    /// <summary>The query parameter naming the listing just confirmed (the confirm page comes back here).</summary>
    public const string ConfirmedParameter = "confirmed";

    protected override string TitleKey => person.IsSignedIn ? "Manage.Home.Title" : "Manage.SignIn.Title";

    public bool SignedIn => person.IsSignedIn;

    public IReadOnlyList<EditorGrant> Held { get; private set; } = [];

    public IReadOnlyList<ReviewItem> Submitted { get; private set; } = [];

    /// <summary>The public's pending suggestions for the listings this person holds.</summary>
    public IReadOnlyList<ReviewItem> Corrections { get; private set; } = [];

    /// <summary>
    /// Each held listing's confirmation state, from the catalog (no file is read per view); absent for a listing the
    /// catalog does not have. The listing just confirmed is read from its file, which the live reload may not have picked up yet.
    /// </summary>
    public IReadOnlyDictionary<string, ConfirmationStatus> Confirmations { get; private set; } = new Dictionary<string, ConfirmationStatus>();

    /// <summary>The listing confirmed today that the confirm page came back from, for "Confirmed on DATE — thank you".</summary>
    public (string ListingId, DateOnly Date)? JustConfirmed { get; private set; }

    public async Task OnGetAsync()
    {
        if (person.Email is not { } email) return;
        Held = await access.HeldByAsync(email, HttpContext.RequestAborted);
        Submitted = await queue.SubmittedByAsync(email, HttpContext.RequestAborted);
        Corrections = await queue.PendingCorrectionsForAsync([.. Held.Select(g => g.ListingId)], HttpContext.RequestAborted);

        var states = new Dictionary<string, ConfirmationStatus>();
        foreach (var grant in Held)
        {
            if (catalog.Index.Get(grant.ListingId) is { } listing) states[grant.ListingId] = ConfirmationRule.On(listing, confirmations.Today);
        }
        // Only a listing this person holds and whose file says it was confirmed today: a crafted link thanks nobody.
        if (Request.Query[ConfirmedParameter].ToString() is { Length: > 0 } id && Held.Any(g => g.ListingId == id)
            && confirmations.StatusOf(id) is { } just && just.Confirmed?.Date == confirmations.Today)
        {
            states[id] = just;
            JustConfirmed = (id, just.Confirmed.Date);
        }
        Confirmations = states;
    }
}
