using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Manage.Audit;

/// <summary>The record of every sign-in, claim, change, confirmation and review decision.</summary>
public interface IAuditLog
{
    /// <summary>Records one act now (the time comes from the site's clock).</summary>
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>Newest first: everything for a maintainer; for anyone else, the history of the listings they hold and their own acts.</summary>
    Task<IReadOnlyList<AuditEntry>> VisibleToAsync(string email, bool maintainer, int take, CancellationToken cancellationToken = default);

    /// <summary>Newest first, one listing's history.</summary>
    Task<IReadOnlyList<AuditEntry>> ForListingAsync(string listingId, int take, CancellationToken cancellationToken = default);
}
