using IopFinder.Core.Listings;
using IopFinder.Web.Shared.Localization;
using IopFinder.Web.Manage.Audit;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Mail;
using IopFinder.Web.Manage.Review;
using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.Claims;

/// <summary>Claims and invitations: granted at once by <see cref="ClaimRule"/>, otherwise queued for a maintainer.</summary>
public sealed class ClaimService(StaffDb db, EditorGrants grants, ReviewQueue queue, IAuditLog audit, StaffMail mail)
{
    public async Task<ClaimOutcome> ClaimAsync(string email, Listing listing, SiteLanguage language, CancellationToken cancellationToken = default)
    {
        if (await db.Grants.AnyAsync(g => g.ListingId == listing.Id && g.Email == email, cancellationToken)) return ClaimOutcome.AlreadyHeld;
        if (ClaimRule.AtOnce(email, listing) is { } route)
        {
            await grants.GrantAsync(listing.Id, email, route, cancellationToken);
            await audit.RecordAsync(new AuditRecord(email, AuditAction.ClaimGranted, listing.Id, After: route.ToString()), cancellationToken);
            return ClaimOutcome.Granted;
        }
        if (await db.ReviewItems.AnyAsync(i => i.Kind == ReviewKind.Claim && i.ListingId == listing.Id && i.Submitter == email && i.Status == ReviewStatus.Pending, cancellationToken))
        {
            return ClaimOutcome.AlreadyPending;
        }
        await queue.SubmitAsync(ReviewKind.Claim, listing.Id, email, language, null, cancellationToken);
        await audit.RecordAsync(new AuditRecord(email, AuditAction.ClaimQueued, listing.Id), cancellationToken);
        return ClaimOutcome.Queued;
    }

    /// <summary>A maintainer adds an address to a listing's editors and tells them; false when they already held it.</summary>
    public async Task<bool> InviteAsync(string maintainer, string email, Listing listing, SiteLanguage language, CancellationToken cancellationToken = default)
    {
        if (!await grants.GrantAsync(listing.Id, email, GrantRoute.Invite, cancellationToken)) return false;
        await audit.RecordAsync(new AuditRecord(maintainer, AuditAction.Invite, listing.Id, After: email), cancellationToken);
        await mail.SendInviteAsync(email, listing.Name, language, cancellationToken);
        return true;
    }
}
