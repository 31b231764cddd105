using IopFinder.Web.Shared.Api;
using IopFinder.Web.Shared.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IopFinder.Web.Search;

/// <summary><c>/api/programs</c> (SPEC section 3): the search page's search, as JSON.</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/programs", Search)
            .WithName("SearchPrograms")
            .WithSummary("Search programs")
            .WithDescription("Every filter of SPEC section 2. A repeated parameter (or a comma-separated value) means any of these; different parameters combine with AND. Unknown filter values and places are warnings; malformed values are a 400.")
            .WithSearchParameters()
            .CacheOutput(OutputCaching.Policy)
            .WithTags("Programs");
        return api;
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> Search([AsParameters] SearchRequest request)
    {
        var outcome = await request.Search.SearchAsync(request.Query.Query, waysOut: false, request.Aborted);
        if (outcome.Parsed.Errors.Count > 0) return ApiProblems.BadRequest(outcome.Parsed.Errors, request.Words, "Problem.BadSearch");
        var results = outcome.Results;
        return TypedResults.Ok(new SearchResponse(
            results.Total,
            results.UnknownTotal,
            results.Query.Page,
            results.Query.Size,
            [.. results.Hits.Select(hit => ProgramSummaryDto.From(hit, DateOnly.FromDateTime(request.Clock.GetUtcNow().UtcDateTime)))],
            results.Facets,
            [.. request.Words.Notices.Say(outcome.Parsed.Warnings.Concat(results.Warnings))],
            results.Origin is { } origin ? new NearDto(origin.Label, origin.Point.Lat, origin.Point.Lon, origin.State) : null,
            results.EffectiveSort.ToString().ToLowerInvariant()));
    }
}
