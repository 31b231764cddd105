namespace IopFinder.Web.Shared.Infrastructure;

/// <summary>Which requests are for programs rather than people: their errors are problem details, not pages.</summary>
public static class ApiPaths
{
    /// <summary>True for the JSON API and the Open Referral endpoints.</summary>
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/hsds") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/healthz");
}
