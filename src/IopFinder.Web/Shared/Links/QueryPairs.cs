namespace IopFinder.Web.Shared.Links;

/// <summary>A query string as name/value pairs, one per value, in order; empty values (blank form fields) left out.</summary>
public static class QueryPairs
{
    public static IEnumerable<KeyValuePair<string, string?>> ToPairs(this IQueryCollection query) =>
        query.SelectMany(p => p.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string?>(p.Key, v)));
}
