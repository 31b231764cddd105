using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using IopFinder.Web.Shared.Links;

namespace IopFinder.Web.Search;

/// <summary>Links that change one part of the current query string and keep the rest.</summary>
public sealed class QueryLinks(IQueryCollection query, string path = "/")
{
    public string Without(string name, string? value = null) => Build(name, value, remove: true);

    public string WithOnly(string name, string value)
    {
        var pairs = Pairs().Where(p => p.Key != name && p.Key != "page").Append(new(name, value));
        return Url(pairs);
    }

    /// <summary>The query with one parameter dropped and values added (a search word turned into a filter).</summary>
    public string Instead(string remove, params (string Name, string Value)[] add) => Replacing([remove], add);

    /// <summary>The query with some parameters dropped and values added.</summary>
    public string Replacing(IReadOnlyCollection<string> remove, params (string Name, string Value)[] add)
    {
        var pairs = Pairs().Where(p => !remove.Contains(p.Key) && p.Key != "page")
            .Concat(add.Select(a => new KeyValuePair<string, string?>(a.Name, a.Value)));
        return Url(pairs);
    }

    public string Page(int page) =>
        Url(Pairs().Where(p => p.Key != "page").Concat(page > 1 ? [new("page", page.ToString(CultureInfo.InvariantCulture))] : []));

    public string Url(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        var list = pairs.Where(p => !string.IsNullOrEmpty(p.Value)).ToList();
        return list.Count == 0 ? path : QueryHelpers.AddQueryString(path, list);
    }

    private string Build(string name, string? value, bool remove)
    {
        var pairs = Pairs().Where(p => p.Key != "page");
        if (remove)
        {
            pairs = pairs.Where(p => p.Key != name || (value is not null && !string.Equals(p.Value, value, StringComparison.OrdinalIgnoreCase)));
        }
        return Url(pairs);
    }

    private IEnumerable<KeyValuePair<string, string?>> Pairs() => query.ToPairs();
}
