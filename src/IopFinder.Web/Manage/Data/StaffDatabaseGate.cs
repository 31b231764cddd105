using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.Data;

/// <summary>
/// Brings the staff database to the newest migration the first time something needs it, not at start: the public
/// site answers without opening a connection, building the EF Core model or waiting for a database that may be away.
/// One migration at a time; a failed one is not remembered, so the next caller tries again.
/// </summary>
public sealed class StaffDatabaseGate(IServiceScopeFactory scopes, ILogger<StaffDatabaseGate> log)
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private volatile bool _ready;

    public async Task EnsureReadyAsync(CancellationToken cancellation = default)
    {
        if (_ready) return;
        await _one.WaitAsync(cancellation);
        try
        {
            if (_ready) return;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StaffDb>();
            await db.Database.MigrateAsync(cancellation);
            await scope.ServiceProvider.GetRequiredService<SharedKeyRing>().EnsureOneKeyAsync(db, cancellation);
            Ready(clock);
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>What the portal's first request paid (the EF Core model, a connection, the migration check), for tools/load/startup-split.sh.</summary>
    private void Ready(System.Diagnostics.Stopwatch clock)
    {
        _ready = true;
        log.LogInformation("Staff database migrated and ready in {Ms} ms", clock.ElapsedMilliseconds);
    }
}
