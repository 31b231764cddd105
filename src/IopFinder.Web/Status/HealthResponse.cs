using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IopFinder.Web.Status;

/// <summary>What <c>/healthz</c> says: Healthy, Degraded or Unhealthy, and about which catalog.</summary>
public sealed record HealthResponse(string Status, string? Description, string? Version, int? Listings, bool? LastReloadFailed,
    DateTimeOffset? ContentUnreadableSince)
{
    /// <summary>The report's status and what the catalog check found (<see cref="CatalogHealthCheck"/>'s data).</summary>
    public static HealthResponse From(HealthReport report)
    {
        var catalog = report.Entries.GetValueOrDefault(CatalogHealthCheck.Name);
        return new HealthResponse(
            report.Status.ToString(),
            catalog.Description,
            catalog.Data?.GetValueOrDefault("version") as string,
            catalog.Data?.GetValueOrDefault("listings") as int?,
            catalog.Data?.GetValueOrDefault("last_reload_failed") as bool?,
            catalog.Data?.GetValueOrDefault("content_unreadable_since") as DateTimeOffset?);
    }
}
