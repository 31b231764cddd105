using Microsoft.AspNetCore.Authorization;
using IopFinder.Web.Manage;
using IopFinder.Web.Manage.Claims;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Review;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>
/// The maintainers' queue (maintainers only): every pending item with its
/// kind's own partial (<c>_Review{Kind}</c>), approve or reject with a reason; and inviting an address to a listing.
/// </summary>
[Authorize(Policy = StaffPortalSetup.MaintainerPolicy)]
public sealed class ReviewModel(ReviewQueue queue, ClaimService claims, CurrentPerson person, CatalogSnapshot catalog,
    IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    protected override string TitleKey => "Manage.Review.Title";

    public IReadOnlyList<ReviewItem> Pending { get; private set; } = [];

    /// <summary>The resource key saying what the last post did.</summary>
    public string? Message { get; private set; }

    public async Task OnGetAsync() => Pending = await queue.PendingAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostDecideAsync(int id, string? decision, string? reason)
    {
        var outcome = decision is "approve" or "reject"
            ? await queue.DecideAsync(id, person.RequiredEmail, decision == "approve", reason, HttpContext.RequestAborted)
            : ReviewDecision.NotPending;
        var decided = outcome is ReviewDecision.Decided or ReviewDecision.DecidedUntold;
        var done = $"Manage.Review.{(decision == "approve" ? "Approved" : "Rejected")}{(outcome == ReviewDecision.DecidedUntold ? "Untold" : "")}";
        return await Show(decided ? done : ReviewDecisionWords.KeyOf(outcome), decided);
    }

    public async Task<IActionResult> OnPostInviteAsync(string? listing, string? email)
    {
        var found = listing is { Length: > 0 } ? catalog.Index.Get(listing.Trim()) : null;
        var address = StaffAddress.Normalize(email);
        if (found is null || address is null) return await Show(found is null ? "Manage.Invite.NoListing" : "Manage.SignIn.BadAddress", false);
        var added = await claims.InviteAsync(person.RequiredEmail, address, found, Language, HttpContext.RequestAborted);
        return await Show(added ? "Manage.Invite.Done" : "Manage.Invite.AlreadyHeld", true);
    }

    private async Task<IActionResult> Show(string message, bool ok)
    {
        Message = message;
        if (!ok) Response.StatusCode = StatusCodes.Status400BadRequest;
        Pending = await queue.PendingAsync(HttpContext.RequestAborted);
        return Page();
    }
}
