using Microsoft.AspNetCore.Authorization;
using IopFinder.Web.Manage;
using IopFinder.Web.Manage.Claims;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Review;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>The portal's front page: the sign-in form for a visitor; a person's listings and the status of their claims once signed in.</summary>
[AllowAnonymous]
public sealed class PortalHomeModel(CurrentPerson person, IListingAccess access, ReviewQueue queue, IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    protected override string TitleKey => person.IsSignedIn ? "Manage.Home.Title" : "Manage.SignIn.Title";

    public bool SignedIn => person.IsSignedIn;

    public IReadOnlyList<EditorGrant> Held { get; private set; } = [];

    public IReadOnlyList<ReviewItem> Submitted { get; private set; } = [];

    /// <summary>The public's pending suggestions for the listings this person holds.</summary>
    public IReadOnlyList<ReviewItem> Corrections { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (person.Email is not { } email) return;
        Held = await access.HeldByAsync(email, HttpContext.RequestAborted);
        Submitted = await queue.SubmittedByAsync(email, HttpContext.RequestAborted);
        Corrections = await queue.PendingCorrectionsForAsync([.. Held.Select(g => g.ListingId)], HttpContext.RequestAborted);
    }
}
