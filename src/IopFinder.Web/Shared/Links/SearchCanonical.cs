using IopFinder.Core.Filtering;
using IopFinder.Core.Search;
using Microsoft.AspNetCore.WebUtilities;

namespace IopFinder.Web.Shared.Links;

/// <summary>
/// The one address of a search, whatever order and spelling the query string had: the search words
/// first, then each filter in the registry's order (the site's <see cref="Filters.Registry"/> unless given) with its values sorted, one pair per value
/// (as the search form sends them). What changes only the view of the same programs is dropped: page,
/// size, sort, "also show programs that don't say", the compare tray, the language; so are a level
/// equal to the default, a radius without a place or equal to the default, and every invalid value
/// (the parsed query has none).
/// </summary>
public static class SearchCanonical
{
    public static string For(SearchQuery query, FilterRegistry? filters = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (query.Text.Length > 0) pairs.Add(new(SearchParameters.Text, query.Text));
        // Each filter writes back what it read (a default level and a default radius write nothing).
        foreach (var filter in (filters ?? Filters.Registry).All) pairs.AddRange(filter.QueryPairs(query));
        return pairs.Count == 0 ? "/" : QueryHelpers.AddQueryString("/", pairs);
    }

    /// <summary>The landing page of one state's programs, as <see cref="For"/> names it.</summary>
    public static string ForState(string state) =>
        For(new SearchQuery { Terms = new Dictionary<string, IReadOnlyList<string>> { [Filters.State.Parameter] = [state] } });

}
