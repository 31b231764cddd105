using IopFinder.Core.Content;
using IopFinder.Web.Shared.Localization;
using IopFinder.Web.Manage.Audit;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Mail;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.Review;

/// <summary>
/// The maintainers' one queue (claims now; changes, new programs and corrections plug in as item kinds):
/// submit, list, decide. A decision applies the kind's effect on approval, is recorded, and the submitter
/// is told by e-mail in the language they used.
/// </summary>
public sealed class ReviewQueue(StaffDb db, IEnumerable<IReviewKind> kinds, IAuditLog audit, StaffMail mail, CatalogSnapshot catalog, TimeProvider clock)
{
    public async Task<ReviewItem> SubmitAsync(ReviewKind kind, string? listingId, string submitter, SiteLanguage language, string? payload, CancellationToken cancellationToken = default)
    {
        var item = new ReviewItem
        {
            Kind = kind, ListingId = listingId, Submitter = submitter, Language = language.Code, Payload = payload,
            SubmittedAt = clock.GetUtcNow().UtcDateTime, Status = ReviewStatus.Pending,
        };
        db.ReviewItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    /// <summary>Pending items, oldest first.</summary>
    public async Task<IReadOnlyList<ReviewItem>> PendingAsync(CancellationToken cancellationToken = default) =>
        await db.ReviewItems.AsNoTracking().Where(i => i.Status == ReviewStatus.Pending).OrderBy(i => i.Id).ToListAsync(cancellationToken);

    /// <summary>A person's own submissions and their status, newest first.</summary>
    public async Task<IReadOnlyList<ReviewItem>> SubmittedByAsync(string email, CancellationToken cancellationToken = default) =>
        await db.ReviewItems.AsNoTracking().Where(i => i.Submitter == email).OrderByDescending(i => i.Id).ToListAsync(cancellationToken);

    /// <summary>The public's pending suggestions for these listings (what their editors see), oldest first.</summary>
    public async Task<IReadOnlyList<ReviewItem>> PendingCorrectionsForAsync(IReadOnlyCollection<string> listingIds, CancellationToken cancellationToken = default) =>
        await db.ReviewItems.AsNoTracking()
            .Where(i => i.Kind == ReviewKind.Correction && i.Status == ReviewStatus.Pending && i.ListingId != null && listingIds.Contains(i.ListingId))
            .OrderBy(i => i.Id).ToListAsync(cancellationToken);

    /// <summary>A pending change or new program, which a maintainer may edit before approving; null for anything else.</summary>
    public async Task<ReviewItem?> PendingProposalAsync(int id, CancellationToken cancellationToken = default) =>
        await db.ReviewItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.Status == ReviewStatus.Pending
            && (i.Kind == ReviewKind.Change || i.Kind == ReviewKind.NewProgram), cancellationToken);

    public Task<ReviewDecision> DecideAsync(int id, string maintainer, bool approve, string? reason, CancellationToken cancellationToken = default) =>
        DecideAsync(id, maintainer, approve, reason, edited: null, cancellationToken);

    /// <summary>
    /// Approves a proposal with the maintainer's edit in place of what was submitted, under the edit's listing id (a renamed new
    /// program's); the audit records the submitted and the edited version, with both ids when they differ, then the approval.
    /// Nothing changes when the edit cannot be applied.
    /// </summary>
    public Task<ReviewDecision> ApproveEditedAsync(int id, string maintainer, EditedProposal edited, CancellationToken cancellationToken = default) =>
        DecideAsync(id, maintainer, approve: true, reason: null, edited, cancellationToken);

    private async Task<ReviewDecision> DecideAsync(int id, string maintainer, bool approve, string? reason, EditedProposal? edited, CancellationToken cancellationToken)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > ReviewItem.MaxReasonLength }) return ReviewDecision.ReasonTooLong;
        if (!approve && reason is null) return ReviewDecision.ReasonRequired;
        var item = await db.ReviewItems.SingleOrDefaultAsync(i => i.Id == id && i.Status == ReviewStatus.Pending, cancellationToken);
        if (item is null) return ReviewDecision.NotPending;

        var (submitted, submittedId) = (item.Payload, item.ListingId);
        // The item keeps what was submitted; the kind applies the maintainer's edit when there is one.
        var applying = edited is null ? item : new ReviewItem
        {
            Id = item.Id, Kind = item.Kind, ListingId = edited.ListingId, Submitter = item.Submitter, Language = item.Language,
            SubmittedAt = item.SubmittedAt, Payload = edited.Payload, Status = item.Status,
        };
        var applied = ReviewApplied.Done;
        if (approve && kinds.FirstOrDefault(k => k.Kind == item.Kind) is { } kind) applied = await kind.ApplyAsync(applying, maintainer, cancellationToken);
        if (!applied.Succeeded) return applied.Outcome;
        // The submitter's list of submissions then names the listing as it was approved.
        item.ListingId = applying.ListingId;
        item.Status = approve ? ReviewStatus.Approved : ReviewStatus.Rejected;
        item.DecidedBy = maintainer;
        item.DecidedAt = clock.GetUtcNow().UtcDateTime;
        item.Reason = reason;
        await db.SaveChangesAsync(cancellationToken);

        var what = $"{item.Kind} #{item.Id} by {item.Submitter}";
        if (edited is not null && (edited.Payload != submitted || edited.ListingId != submittedId))
        {
            // A renamed new program's file moves with its id, so the edit names both files.
            var moved = edited.ListingId != submittedId;
            await audit.RecordAsync(new AuditRecord(maintainer, AuditAction.ReviewEdited, item.ListingId, applied.Fields,
                moved ? $"{what}\n{FileOf(submittedId)}\n{submitted}" : $"{what}\n{submitted}",
                moved ? $"{FileOf(edited.ListingId)}\n{edited.Payload}" : edited.Payload), cancellationToken);
        }
        await audit.RecordAsync(new AuditRecord(maintainer, approve ? AuditAction.ReviewApproved : AuditAction.ReviewRejected, item.ListingId,
            applied.Fields, applied.Before is null ? what : $"{what}\n{applied.Before}", applied.After ?? reason), cancellationToken);
        var name = item.ListingId is null ? item.Kind.ToString() : ListingNames.Of(catalog, item.ListingId);
        if (item.Submitter == ReviewItem.PublicSubmitter) return ReviewDecision.DecidedUntold;
        await mail.SendDecisionAsync(item.Submitter, name, approve, reason, SiteLanguage.FromTag(item.Language) ?? SiteLanguage.Default, cancellationToken);
        return ReviewDecision.Decided;
    }

    private static string FileOf(string? listingId) => $"{CatalogLoader.ProgramsFolder}/{listingId}.md";
}
