using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IopFinder.Web.Status;

/// <summary><c>/api/status</c> for monitoring and <c>/healthz</c> for the container and load balancer.</summary>
public static class StatusApi
{
    public static void MapStatusApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", Health)
            .WithName("Health")
            .WithSummary("Healthy (200), Degraded (200: the last reload failed, or no program listed) or Unhealthy (503: no catalog)")
            .WithTags("Status");
        endpoints.MapGet("/api/status", Status)
            .WithName("Status")
            .WithSummary("The catalog's size, version, problems and stale listings; why parsed listings could not be saved; readers and files of the text index")
            .WithTags("Status");
    }

    private static Ok<StatusResponse> Status(StatusService status)
    {
        var r = status.Report();
        return TypedResults.Ok(new StatusResponse(r.Programs, r.Version, r.Generation, r.LoadedAt, r.LeftOut, r.KeptLastGood, r.ReloadProblems,
            [.. r.Stale.Select(s => new StaleListingDto(s.Id, s.Reviewed))], r.NeverReviewed, r.CorrectionsWaiting, r.SnapshotProblem,
            new TextIndexDto(r.TextIndex.LeasedReaders, r.TextIndex.Files, r.TextIndex.Bytes)));
    }

    private static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> Health(HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        var catalog = report.Entries.GetValueOrDefault("catalog");
        var body = new HealthResponse(
            report.Status.ToString(),
            catalog.Description,
            catalog.Data?.GetValueOrDefault("version") as string,
            catalog.Data?.GetValueOrDefault("listings") as int?,
            catalog.Data?.GetValueOrDefault("last_reload_failed") as bool?);
        return report.Status == HealthStatus.Unhealthy ? TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable) : TypedResults.Ok(body);
    }
}

/// <summary>What <c>/api/status</c> says.</summary>
public sealed record StatusResponse(int Programs, string Version, int Generation, DateTimeOffset LoadedAt, IReadOnlyList<string> LeftOut,
    IReadOnlyList<string> KeptLastGood, IReadOnlyList<string> ReloadProblems, IReadOnlyList<StaleListingDto> Stale, int NeverReviewed, int CorrectionsWaiting,
    string? SnapshotProblem, TextIndexDto TextIndex);

/// <summary>What the text index holds: flat across reloads unless readers leak.</summary>
public sealed record TextIndexDto(int LeasedReaders, int Files, long Bytes);

/// <summary>A listing not reviewed in the last year.</summary>
public sealed record StaleListingDto(string Id, DateOnly LastReviewed);

/// <summary>What <c>/healthz</c> says: Healthy, Degraded or Unhealthy, and about which catalog.</summary>
public sealed record HealthResponse(string Status, string? Description, string? Version, int? Listings, bool? LastReloadFailed);
