using IopFinder.Core.Filtering;
using IopFinder.Core.Search;
using Microsoft.Extensions.Primitives;

namespace IopFinder.Web.Shared.Links;

/// <summary>
/// Search words and place cut to the lengths search reads (as the search itself does), so an over-long
/// value is not repeated into every link a page builds from its query string.
/// </summary>
public static class ShortenedQuery
{
    /// <summary>The query with over-long <c>q</c> and <c>near</c> values shortened; the same object when none is.</summary>
    public static IQueryCollection Of(IQueryCollection query)
    {
        if (!query.Any(p => p.Value.Any(v => v?.Length > Limit(p.Key)))) return query;
        var shortened = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            shortened[key] = new StringValues([.. values.Select(v => v?.Length > Limit(key) ? v[..Limit(key)] : v)]);
        }
        return new QueryCollection(shortened);
    }

    private static int Limit(string key) =>
        key == SearchParameters.Text ? SearchQueryParser.MaxTextLength : key == Filters.Near.Parameter ? SearchQueryParser.MaxPlaceLength : int.MaxValue;
}
