using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.Data;

/// <summary>
/// Makes sure replicas sharing one PostgreSQL database start with one data-protection key: two replicas whose first
/// portal requests arrive together would otherwise each create a key, and a cookie or form protected by one could
/// not be read by the other until its key ring refreshed. The first replica creates the key under an advisory lock;
/// the others wait for the lock and find it.
/// </summary>
public sealed class SharedKeyRing(IKeyManager keys, TimeProvider clock)
{
    // Any fixed number: the lock only has to be the same in every replica.
    private const long LockId = 0x1097_F1DE_4E75;

    public async Task EnsureOneKeyAsync(StaffDb db, CancellationToken cancellation)
    {
        if (!db.Database.IsNpgsql()) return;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockId})", cancellation);
            var now = clock.GetUtcNow();
            // The key manager reads the database itself (its own scope), so it sees a key another replica committed.
            if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
            {
                keys.CreateNewKey(now, now.AddDays(90));
            }
            await transaction.CommitAsync(cancellation);
        });
    }
}
