using Microsoft.AspNetCore.Http.HttpResults;

namespace IopFinder.Web.Status;

/// <summary><c>/api/status</c> for monitoring (<c>/healthz</c>, for the container and load balancer, is <see cref="HealthEndpoint"/>).</summary>
public static class StatusApi
{
    public static RouteGroupBuilder MapStatusApi(this RouteGroupBuilder api)
    {
        api.MapGet("/status", Status)
            .WithName("Status")
            .WithSummary("The catalog's size, version, problems and stale listings; why parsed listings could not be saved; since when the content folder cannot be read; readers and files of the text index; edits waiting for the content remote; the git commit, pull or push that last failed")
            .WithTags("Status");
        return api;
    }

    private static async Task<Ok<StatusResponse>> Status(StatusService status, CancellationToken cancellationToken)
    {
        var r = await status.ReportAsync(cancellationToken);
        return TypedResults.Ok(new StatusResponse(r.Programs, r.Version, r.Generation, r.LoadedAt, r.LeftOut, r.KeptLastGood, r.ReloadProblems,
            [.. r.Stale.Select(s => new StaleListingDto(s.Id, s.Reviewed))], r.NeverReviewed, r.CorrectionsWaiting, r.SnapshotProblem,
            new TextIndexDto(r.TextIndex.LeasedReaders, r.TextIndex.Files, r.TextIndex.Bytes),
            r.ContentUnreadable is { } u ? new ContentUnreadableDto(u.Since, u.Reason) : null,
            r.Remote is { } g ? new ContentRemoteDto(g.Remote, g.Waiting, g.WaitingSince, g.LastSynced, g.Problem, g.Displaced, GitFailureDto.Of(g.LastFailure)) : null,
            GitFailureDto.Of(r.CommitFailure)));
    }
}
