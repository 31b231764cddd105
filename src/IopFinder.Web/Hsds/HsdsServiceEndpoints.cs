using IopFinder.Core.Listings;
using IopFinder.Web.Hsds.Model;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IopFinder.Web.Hsds;

/// <summary><c>/hsds/services</c> and <c>/hsds/services/{id}</c>.</summary>
public static class HsdsServiceEndpoints
{
    public static void MapServiceEndpoints(this IEndpointRouteBuilder hsds)
    {
        hsds.MapGet("/services", List);
        hsds.MapGet("/services/{id}", One).NotFoundMetadata();
    }

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsService>>, PushStreamHttpResult, ValidationProblem>> List(
        [AsParameters] HsdsListParameters parameters, CatalogSnapshot snapshot, OpeningsRule openings, CancellationToken aborted)
    {
        var catalog = HsdsCatalog.Of(snapshot);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = HsdsQueryReader.Read(parameters, catalog, errors);
        if (errors.Count > 0) return HsdsProblems.Invalid(errors);
        var listings = await HsdsServiceFinder.FindAsync(catalog, query, aborted);
        var mapper = new HsdsServiceMapper(catalog, openings);
        return query.Ndjson
            ? HsdsJson.Ndjson(listings.Select(mapper.Service), aborted)
            : HsdsJson.Json(HsdsPage<HsdsService>.Of(listings, query.Page, query.PerPage, mapper.Service));
    }

    private static Results<JsonHttpResult<HsdsService>, ProblemHttpResult> One(string id, CatalogSnapshot snapshot, OpeningsRule openings)
    {
        var catalog = HsdsCatalog.Of(snapshot);
        return Guid.TryParse(id, out var uuid) && catalog.Service(uuid) is { } listing
            ? HsdsJson.Json(new HsdsServiceMapper(catalog, openings, nestTerms: true).Service(listing))
            : HsdsProblems.NotFound("service", id);
    }
}
