using IopFinder.Core.Listings;
using IopFinder.Core.Geo;
using IopFinder.Web.Hsds.Model;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IopFinder.Web.Hsds;

/// <summary><c>/hsds/service_at_locations</c> (with <c>postcode</c> and <c>proximity</c>) and <c>/hsds/service_at_locations/{id}</c>.</summary>
public static class HsdsSiteEndpoints
{
    public static void MapSiteEndpoints(this IEndpointRouteBuilder hsds)
    {
        hsds.MapGet("/service_at_locations", List);
        hsds.MapGet("/service_at_locations/{id}", One).NotFoundMetadata();
    }

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsServiceAtLocation>>, PushStreamHttpResult, ValidationProblem>> List(
        [AsParameters] HsdsListParameters parameters, [AsParameters] HsdsNearParameters near, CatalogSnapshot snapshot, ZipTable zips, OpeningsRule openings, CancellationToken aborted)
    {
        var catalog = HsdsCatalog.Of(snapshot);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = HsdsQueryReader.Read(parameters, catalog, errors);
        var place = HsdsQueryReader.ReadNear(near, zips, errors);
        if (errors.Count > 0) return HsdsProblems.Invalid(errors);
        var sites = HsdsSiteFinder.Find(await HsdsServiceFinder.FindAsync(catalog, query, aborted), place);
        var mapper = new HsdsServiceMapper(catalog, openings);
        HsdsServiceAtLocation Map(HsdsSite site) => HsdsSiteMapper.Map(site, mapper.Summary(site.Listing));
        return query.Ndjson
            ? HsdsJson.Ndjson(sites.Select(Map), aborted)
            : HsdsJson.Json(HsdsPage<HsdsServiceAtLocation>.Of(sites, query.Page, query.PerPage, Map));
    }

    private static Results<JsonHttpResult<HsdsServiceAtLocation>, ProblemHttpResult> One(string id, CatalogSnapshot snapshot, OpeningsRule openings)
    {
        var catalog = HsdsCatalog.Of(snapshot);
        return Guid.TryParse(id, out var uuid) && catalog.Site(uuid) is { } site
            ? HsdsJson.Json(HsdsSiteMapper.Map(site, new HsdsServiceMapper(catalog, openings, nestTerms: true).Summary(site.Listing)))
            : HsdsProblems.NotFound("service at location", id);
    }
}
