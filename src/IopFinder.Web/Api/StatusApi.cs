using IopFinder.Web.Services;

namespace IopFinder.Web.Api;

/// <summary><c>/api/status</c> for monitoring and <c>/healthz</c> for the container.</summary>
public static class StatusApi
{
    public static void MapStatusApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (CatalogStore store) =>
            Results.Json(new { status = "ok", programs = store.Current.Index.Count, version = store.Current.Version }));

        endpoints.MapGet("/api/status", (StatusService status) =>
        {
            var r = status.Report();
            return Results.Json(new
            {
                programs = r.Programs,
                version = r.Version,
                generation = r.Generation,
                loaded_at = r.LoadedAt,
                left_out = r.LeftOut,
                kept_last_good = r.KeptLastGood,
                reload_problems = r.ReloadProblems,
                stale = r.Stale.Select(s => new { id = s.Id, last_reviewed = s.Reviewed }),
                never_reviewed = r.NeverReviewed,
                corrections_waiting = r.CorrectionsWaiting,
            });
        });
    }
}
