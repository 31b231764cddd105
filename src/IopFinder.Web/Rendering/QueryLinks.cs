using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace IopFinder.Web.Rendering;

/// <summary>Links that change one part of the current query string and keep the rest.</summary>
public sealed class QueryLinks(IQueryCollection query, string path = "/")
{
    public string Without(string name, string? value = null) => Build(name, value, remove: true);

    public string WithOnly(string name, string value)
    {
        var pairs = Pairs().Where(p => p.Key != name && p.Key != "page").Append(new(name, value));
        return Url(pairs);
    }

    public string Page(int page) =>
        Url(Pairs().Where(p => p.Key != "page").Concat(page > 1 ? [new("page", page.ToString())] : []));

    public string Url(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var list = pairs.Where(p => p.Value.Length > 0).ToList();
        return list.Count == 0 ? path : QueryHelpers.AddQueryString(path, list.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
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

    private IEnumerable<KeyValuePair<string, string>> Pairs() =>
        query.SelectMany(p => ((StringValues)p.Value).Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string>(p.Key, v!)));
}
