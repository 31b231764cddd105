using IopFinder.Web.Hsds.Model;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IopFinder.Web.Hsds;

/// <summary><c>/hsds/taxonomies</c> and <c>/hsds/taxonomy_terms</c> (optionally of one <c>taxonomy_id</c>) from <c>taxonomy.yml</c>, and each by id.</summary>
public static class HsdsTaxonomyEndpoints
{
    public static void MapTaxonomyEndpoints(this IEndpointRouteBuilder hsds)
    {
        hsds.MapGet("/taxonomies", Taxonomies);
        hsds.MapGet("/taxonomies/{id}", Taxonomy).NotFoundMetadata();
        hsds.MapGet("/taxonomy_terms", Terms);
        hsds.MapGet("/taxonomy_terms/{id}", Term).NotFoundMetadata();
    }

    private static Results<JsonHttpResult<HsdsPage<HsdsTaxonomy>>, ValidationProblem> Taxonomies(
        [FromQuery(Name = "page")] string? page, [FromQuery(Name = "per_page")] string? perPage, CatalogSnapshot snapshot)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (pageNumber, size) = HsdsQueryReader.Paging(page, perPage, errors);
        if (errors.Count > 0) return HsdsProblems.Invalid(errors);
        return HsdsJson.Json(HsdsPage<HsdsTaxonomy>.Of(HsdsCatalog.Of(snapshot).Taxonomies, pageNumber, size, t => t));
    }

    private static Results<JsonHttpResult<HsdsTaxonomy>, ProblemHttpResult> Taxonomy(string id, CatalogSnapshot snapshot) =>
        Guid.TryParse(id, out var uuid) && HsdsCatalog.Of(snapshot).Taxonomy(uuid) is { } taxonomy
            ? HsdsJson.Json(taxonomy)
            : HsdsProblems.NotFound("taxonomy", id);

    private static Results<JsonHttpResult<HsdsPage<HsdsTaxonomyTerm>>, ValidationProblem> Terms(
        [FromQuery(Name = "taxonomy_id")] string? taxonomyId, [FromQuery(Name = "page")] string? page,
        [FromQuery(Name = "per_page")] string? perPage, CatalogSnapshot snapshot)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (pageNumber, size) = HsdsQueryReader.Paging(page, perPage, errors);
        Guid? taxonomy = null;
        if (!string.IsNullOrWhiteSpace(taxonomyId))
        {
            if (Guid.TryParse(taxonomyId.Trim(), out var uuid)) taxonomy = uuid;
            else errors["taxonomy_id"] = ["taxonomy_id must be the UUID of a taxonomy (see /hsds/taxonomies)."];
        }
        if (errors.Count > 0) return HsdsProblems.Invalid(errors);
        var terms = HsdsCatalog.Of(snapshot).Terms;
        IReadOnlyList<HsdsTaxonomyTerm> chosen = taxonomy is { } wanted ? [.. terms.Where(t => t.TaxonomyId == wanted)] : terms;
        return HsdsJson.Json(HsdsPage<HsdsTaxonomyTerm>.Of(chosen, pageNumber, size, t => t));
    }

    private static Results<JsonHttpResult<HsdsTaxonomyTerm>, ProblemHttpResult> Term(string id, CatalogSnapshot snapshot) =>
        Guid.TryParse(id, out var uuid) && HsdsCatalog.Of(snapshot).Term(uuid) is { } term
            ? HsdsJson.Json(term)
            : HsdsProblems.NotFound("taxonomy term", id);
}
