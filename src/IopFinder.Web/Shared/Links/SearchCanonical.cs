using System.Globalization;
using IopFinder.Core.Filtering;
using IopFinder.Core.Search;
using Microsoft.AspNetCore.WebUtilities;

namespace IopFinder.Web.Shared.Links;

/// <summary>
/// The one address of a search, whatever order and spelling the query string had: the search words
/// first, then each filter in <see cref="Filters.All"/> order with its values sorted, one pair per value
/// (as the search form sends them). What changes only the view of the same programs is dropped: page,
/// size, sort, "also show programs that don't say", the compare tray, the language; so are a level
/// equal to the default, a radius without a place or equal to the default, and every invalid value
/// (the parsed query has none).
/// </summary>
public static class SearchCanonical
{
    public static string For(SearchQuery query)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string name, string value) => pairs.Add(new(name, value));
        if (query.Text.Length > 0) Add(SearchParameters.Text, query.Text);
        foreach (var filter in Filters.All)
        {
            switch (filter.Kind)
            {
                case FilterKind.Terms when query.Terms.TryGetValue(filter.Parameter, out var ids) && !IsDefault(filter, ids):
                    foreach (var id in ids.Order(StringComparer.Ordinal)) Add(filter.Parameter, id);
                    break;
                case FilterKind.Time:
                    foreach (var time in filter.FixedValues.Where(query.Times.Contains)) Add(filter.Parameter, time);
                    break;
                case FilterKind.Day:
                    foreach (var day in filter.FixedValues.Where(query.Days.Contains)) Add(filter.Parameter, day);
                    break;
                case FilterKind.MaxHours when query.MaxHours is { } hours:
                    Add(filter.Parameter, Number(hours));
                    break;
                case FilterKind.Near when query.Near.Length > 0:
                    Add(filter.Parameter, query.Near);
                    if (query.Radius != SearchQuery.DefaultRadius) Add(SearchParameters.Radius, Number(query.Radius));
                    break;
                case FilterKind.Accepting when query.AcceptingOnly:
                    Add(filter.Parameter, "true");
                    break;
            }
        }
        return pairs.Count == 0 ? "/" : QueryHelpers.AddQueryString("/", pairs);
    }

    /// <summary>The landing page of one state's programs, as <see cref="For"/> names it.</summary>
    public static string ForState(string state) =>
        For(new SearchQuery { Terms = new Dictionary<string, IReadOnlyList<string>> { [Filters.State.Parameter] = [state] } });

    private static bool IsDefault(FilterDefinition filter, IReadOnlyList<string> ids) =>
        filter.Default.Count > 0 && ids.Order(StringComparer.Ordinal).SequenceEqual(filter.Default.Order(StringComparer.Ordinal));

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
