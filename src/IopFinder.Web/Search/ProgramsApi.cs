using IopFinder.Web.Programs;
using IopFinder.Web.Shared.Api;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Shared.Infrastructure;
using IopFinder.Web.Shared.Wording;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Search;

/// <summary><c>/api/programs</c> and <c>/api/programs/{id}</c> (SPEC section 3).</summary>
public static class ProgramsApi
{
    public static void MapProgramsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/programs", Search)
            .WithName("SearchPrograms")
            .WithSummary("Search programs")
            .WithDescription("Every filter of SPEC section 2. A repeated parameter (or a comma-separated value) means any of these; different parameters combine with AND. Unknown filter values and places are warnings; malformed values are a 400.")
            .WithMetadata(SearchParametersMetadata.Instance)
            .CacheOutput(OutputCaching.Policy)
            .WithTags("Programs");
        endpoints.MapGet("/api/programs/{id}", Get)
            .WithName("GetProgram")
            .WithSummary("One program, the whole listing")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CacheOutput(OutputCaching.Policy)
            .WithTags("Programs");
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> Search(HttpContext context, SearchService search, Words words)
    {
        var outcome = await search.SearchAsync(context.Request.Query, waysOut: false, context.RequestAborted);
        if (outcome.Parsed.Errors.Count > 0) return ApiProblems.BadRequest(outcome.Parsed.Errors, words, "Problem.BadSearch");
        var results = outcome.Results;
        return TypedResults.Ok(new SearchResponse(
            results.Total,
            results.UnknownTotal,
            results.Query.Page,
            results.Query.Size,
            [.. results.Hits.Select(ProgramSummaryDto.From)],
            results.Facets,
            [.. words.Notices.Say(outcome.Parsed.Warnings.Concat(results.Warnings))],
            results.Origin is { } origin ? new NearDto(origin.Label, origin.Point.Lat, origin.Point.Lon, origin.State) : null,
            results.EffectiveSort.ToString().ToLowerInvariant()));
    }

    private static Results<Ok<ProgramDetailDto>, ProblemHttpResult> Get(string id, CatalogSnapshot snapshot, IStringLocalizer<SharedResource> text) =>
        snapshot.Index.Get(id) is { } listing ? TypedResults.Ok(ProgramDetailDto.From(listing)) : ApiProblems.ProgramNotFound(id, text);
}
