using IopFinder.Web.Services;
using IopFinder.Web.Wording;

namespace IopFinder.Web.Api;

/// <summary><c>/api/programs</c> and <c>/api/programs/{id}</c> (SPEC section 3).</summary>
public static class ProgramsApi
{
    public static void MapProgramsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/programs", (HttpContext context, SearchService search, Words words) =>
        {
            var outcome = search.Search(context.Request.Query);
            if (outcome.Parsed.Errors.Count > 0)
            {
                return Results.Json(new { error = "Bad search parameters.", errors = words.Notices.Say(outcome.Parsed.Errors).ToList() }, statusCode: StatusCodes.Status400BadRequest);
            }
            var results = outcome.Results;
            return Results.Json(new
            {
                total = results.Total,
                unknown_total = results.UnknownTotal,
                page = results.Query.Page,
                size = results.Query.Size,
                results = results.Hits.Select(ProgramSummaryDto.From).ToList(),
                facets = results.Facets,
                warnings = words.Notices.Say(outcome.Parsed.Warnings.Concat(results.Warnings)).ToList(),
                near = results.Origin is { } origin ? new { label = origin.Label, lat = origin.Point.Lat, lon = origin.Point.Lon, state = origin.State } : null,
                sort = results.EffectiveSort.ToString().ToLowerInvariant(),
            });
        });

        endpoints.MapGet("/api/programs/{id}", (string id, CatalogSnapshot snapshot) =>
            snapshot.Index.Get(id) is { } listing
                ? Results.Json(ProgramDetailDto.From(listing))
                : Results.Json(new { error = $"No program with id '{(id.Length > 80 ? id[..80] : id)}'." }, statusCode: StatusCodes.Status404NotFound));
    }
}
