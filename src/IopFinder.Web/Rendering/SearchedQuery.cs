using IopFinder.Web.Infrastructure;
using IopFinder.Core.Filtering;
using IopFinder.Core.Search;
using Microsoft.Extensions.Primitives;

namespace IopFinder.Web.Rendering;

/// <summary>
/// The query string as it was searched. A place typed among the words ("dbt 02139") is searched as
/// <c>near</c>, so the page's links carry it as <c>near</c>: removing the place then removes it, and
/// removing the words keeps the place.
/// </summary>
public static class SearchedQuery
{
    /// <summary><paramref name="request"/>, with <c>q</c> and <c>near</c> as searched when the place came from the words.</summary>
    public static IQueryCollection Of(IQueryCollection request, SearchResults results)
    {
        request = ShortenedQuery.Of(request);
        if (!results.Warnings.Any(w => w.Code == NoticeCode.PlaceFromWords)) return request;
        var searched = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, values) in request)
        {
            if (key == Filters.Near.Parameter) continue;
            if (key != SearchParameters.Text) searched[key] = values;
            else if (results.Query.Text.Length > 0) searched[key] = results.Query.Text;
        }
        searched[Filters.Near.Parameter] = results.Query.Near;
        return new QueryCollection(searched);
    }
}
