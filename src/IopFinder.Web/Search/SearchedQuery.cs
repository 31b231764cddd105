using IopFinder.Web.Shared.Links;
using IopFinder.Core.Filtering;
using IopFinder.Core.Search;
using Microsoft.Extensions.Primitives;
using IopFinder.Core.Common;

namespace IopFinder.Web.Search;

/// <summary>
/// The query string as it was searched. A place typed among the words ("dbt 02139") is searched as
/// <c>near</c>, a state typed as the place ("Ohio") as <c>state</c>, and words that are no search text
/// ("near me") are left out, so the page's links carry the search as it ran: removing the place then
/// removes it, and removing the words keeps the place.
/// </summary>
public static class SearchedQuery
{
    /// <summary><paramref name="request"/>, with <c>q</c>, <c>near</c> and <c>state</c> as searched when the search read them differently.</summary>
    public static IQueryCollection Of(IQueryCollection request, SearchResults results)
    {
        request = ShortenedQuery.Of(request);
        var query = results.Query;
        var states = query.TermsOf(Filters.State.Parameter);
        if (!results.Warnings.Any(w => w.Code is NoticeCode.PlaceFromWords or NoticeCode.PlaceIsState or NoticeCode.PlaceNeeded)
            && string.Join(' ', request[SearchParameters.Text].Select(v => v ?? "")).Trim() == query.Text) return request;
        var searched = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, values) in request)
        {
            if (key is not (SearchParameters.Text or "near" or "state")) searched[key] = values;
        }
        if (query.Text.Length > 0) searched[SearchParameters.Text] = query.Text;
        if (query.Near.Length > 0) searched[Filters.Near.Parameter] = query.Near;
        if (states.Count > 0) searched[Filters.State.Parameter] = new StringValues([.. states]);
        return new QueryCollection(searched);
    }
}
