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
    public async Task<bool> SubmitAsync(string listingId, string? text, string? contact, SiteLanguage language, CancellationToken cancellationToken = default)
    {
        var suggestion = CorrectionBox.Clean(text, CorrectionBox.MaxLength);
        if (suggestion.Length == 0) return false;
        var reach = CorrectionBox.Clean(contact, CorrectionBox.MaxContactLength);
        await database.EnsureReadyAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReviewQueue>().SubmitAsync(ReviewKind.Correction, listingId, ReviewItem.PublicSubmitter, language,
            new CorrectionPayload(suggestion, reach.Length > 0 ? reach : null).Write(), cancellationToken);
        return true;
    }

    public int Waiting()
    {
        database.EnsureReady();
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<StaffDb>().ReviewItems.Count(i => i.Kind == ReviewKind.Correction && i.Status == ReviewStatus.Pending);
    }
}
