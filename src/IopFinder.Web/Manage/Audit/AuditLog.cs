using IopFinder.Web.Manage.Data;
using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.Audit;

/// <summary>The audit trail in the staff database; entries are only ever added.</summary>
public sealed class AuditLog(StaffDb db, TimeProvider clock) : IAuditLog
{
    /// <summary>Longest before/after text kept; longer values are cut with a mark.</summary>
    public const int MaxValueLength = 20_000;

    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = record.Actor,
            Action = record.Action,
            ListingId = record.ListingId,
            Fields = record.Fields is { Count: > 0 } fields ? string.Join(",", fields) : null,
            Before = Cut(record.Before),
            After = Cut(record.After),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> VisibleToAsync(string email, bool maintainer, int take, CancellationToken cancellationToken = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!maintainer)
        {
            var held = db.Grants.Where(g => g.Email == email).Select(g => g.ListingId);
            entries = entries.Where(e => e.Actor == email || (e.ListingId != null && held.Contains(e.ListingId)));
        }
        return await entries.OrderByDescending(e => e.Id).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ForListingAsync(string listingId, int take, CancellationToken cancellationToken = default) =>
        await db.AuditEntries.AsNoTracking().Where(e => e.ListingId == listingId).OrderByDescending(e => e.Id).Take(take).ToListAsync(cancellationToken);

    private static string? Cut(string? value) => value is { Length: > MaxValueLength } ? value[..MaxValueLength] + "…" : value;
}
