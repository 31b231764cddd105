using Microsoft.EntityFrameworkCore;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Shared.Localization;

namespace IopFinder.Web.Manage.Review;

/// <summary>
/// The public's suggestions as review items (kind <see cref="ReviewKind.Correction"/>, anonymous submitter).
/// A singleton for the public pages, so each call opens its own scope for the staff database.
/// </summary>
public sealed class QueuedCorrections(IServiceScopeFactory scopes, StaffDatabaseGate database) : ICorrectionInbox
{
    public async Task<CorrectionReceipt> SubmitAsync(string listingId, string? text, string? contact, SiteLanguage language, CancellationToken cancellationToken = default)
    {
        var suggestion = CorrectionBox.Clean(text, CorrectionBox.MaxLength);
        if (suggestion.Length == 0) return CorrectionReceipt.Empty;
        var reach = CorrectionBox.Clean(contact, CorrectionBox.MaxContactLength);
        try
        {
            await database.EnsureReadyAsync(cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReviewQueue>().SubmitAsync(ReviewKind.Correction, listingId, ReviewItem.PublicSubmitter, language,
                new CorrectionPayload(suggestion, reach.Length > 0 ? reach : null).Write(), cancellationToken);
            return CorrectionReceipt.Kept;
        }
        catch (Exception e) when (StaffDatabaseFailure.IsUnreachable(e))
        {
            // A public page: the database being away is said plainly, never as an error page.
            return CorrectionReceipt.Unavailable;
        }
    }

    public async Task<int?> WaitingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await database.EnsureReadyAsync(cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<StaffDb>().ReviewItems
                .CountAsync(i => i.Kind == ReviewKind.Correction && i.Status == ReviewStatus.Pending, cancellationToken);
        }
        catch (Exception e) when (StaffDatabaseFailure.IsUnreachable(e))
        {
            return null;
        }
    }
}
