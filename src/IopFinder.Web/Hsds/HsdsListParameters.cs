using Microsoft.AspNetCore.Mvc;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Hsds;

/// <summary>
/// The query parameters of the HSDS lists, bound as text so that no value can fail binding:
/// <see cref="HsdsQueryReader"/> checks them and names each bad one in a 400.
/// </summary>
public sealed class HsdsListParameters
{
    /// <summary>Words, searched as the site's own search box does.</summary>
    [FromQuery(Name = "search")] public string? Search { get; set; }

    /// <summary>The id of one of our taxonomy terms: only services naming it (or a narrower term).</summary>
    [FromQuery(Name = "taxonomy_term_id")] public string? TaxonomyTermId { get; set; }

    /// <summary>An ISO 8601 date or date-time: only services whose listing file was written then or later.</summary>
    [FromQuery(Name = "modified_after")] public string? ModifiedAfter { get; set; }

    /// <summary>The page, from 1.</summary>
    [FromQuery(Name = "page")] public string? Page { get; set; }

    /// <summary>Items per page, 1 to 500 (default 50).</summary>
    [FromQuery(Name = "per_page")] public string? PerPage { get; set; }

    /// <summary><c>json</c> (default) or <c>ndjson</c>: every item of the result set, one JSON document per line, unpaged.</summary>
    [FromQuery(Name = "format")] public string? Format { get; set; }
}
