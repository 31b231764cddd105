using Microsoft.Extensions.Diagnostics.HealthChecks;
using IopFinder.Web.Shared.Catalogs;

namespace IopFinder.Web.Status;

/// <summary>
/// The catalog's health: Unhealthy when none is loaded; Degraded when the content folder cannot be read or the last reload failed (an older
/// catalog keeps serving) or the catalog lists no program; Healthy otherwise (saying so when saved edits wait for the content remote). Its data says which
/// version serves and how many listings it has.
/// </summary>
public sealed class CatalogHealthCheck(CatalogStore store, ContentSync? remote = null) : IHealthCheck
{
    /// <summary>The check's name in the health report.</summary>
    public const string Name = "catalog";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (store.CurrentOrNull is not { } snapshot)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("No catalog is loaded."));
        }
        var data = new Dictionary<string, object>
        {
            ["version"] = snapshot.Version,
            ["listings"] = snapshot.Index.Count,
            ["loaded_at"] = snapshot.LoadedAt,
            ["left_out"] = snapshot.Index.Catalog.Problems.Count,
            ["last_reload_failed"] = store.ReloadProblems.Count > 0,
        };
        if (store.Unreadable is { } unreadable) data["content_unreadable_since"] = unreadable.Since;
        // Still 200 (Degraded): the replica serves its last good catalog, and taking every replica that shares the
        // folder out of rotation at once would answer no one.
        var result = store.Unreadable is { } gone
            ? HealthCheckResult.Degraded($"The content folder cannot be read since {gone.Since:yyyy-MM-dd HH:mm:ss} UTC ({gone.Reason}); the last good catalog keeps serving.", data: data)
            : store.ReloadProblems.Count > 0
            ? HealthCheckResult.Degraded("The last change to the content could not be loaded; the catalog before it keeps serving.", data: data)
            : snapshot.Index.Count == 0
                ? HealthCheckResult.Degraded("The catalog lists no program.", data: data)
                : HealthCheckResult.Healthy("The catalog is loaded." + Waiting(), data);
        return Task.FromResult(result);
    }

    /// <summary>Edits the remote has not taken yet: the site serves them, so it stays healthy, but whoever runs it should know.</summary>
    private string Waiting() => remote?.State is { Waiting: > 0 } state
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" {state.Waiting} saved edit(s) wait to be pushed to the content remote '{state.Remote}' (since {state.WaitingSince:yyyy-MM-dd HH:mm} UTC).")
        : "";
}
