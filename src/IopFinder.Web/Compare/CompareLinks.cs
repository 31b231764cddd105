using IopFinder.Core.Checklist;
using IopFinder.Web.Shared.Links;
using Microsoft.AspNetCore.WebUtilities;

namespace IopFinder.Web.Compare;

/// <summary>
/// The compare set lives in the URL (<c>ids=a,b,c</c>) next to the search, so every page can carry
/// it on: links add or remove a program, open the comparison, or go back to the same search.
/// </summary>
public sealed class CompareLinks(IQueryCollection query)
{
    private static readonly string[] PagingKeys = ["page", "size", "sort"];

    public IReadOnlyList<string> Ids { get; } = query[NeedNames.Ids]
        .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        .Distinct(StringComparer.Ordinal)
        .ToList();

    public bool Contains(string id) => Ids.Contains(id);

    public bool IsFull => Ids.Count >= NeedNames.MaxPrograms;

    /// <summary>The same page with the program added to or removed from the compare set.</summary>
    public string Toggle(string path, string id)
    {
        var ids = Contains(id) ? Ids.Where(x => x != id).ToList() : [.. Ids, id];
        return Build(path, Pairs(exclude: ["page"]), ids);
    }

    /// <summary>The comparison of the chosen programs with the current search as its needs.</summary>
    public string Compare => Build("/compare", Pairs(exclude: PagingKeys), Ids);

    /// <summary>A page with the whole current query carried on (search, needs and compare set).</summary>
    public string Carry(string path) => Build(path, Pairs(exclude: []), Ids);

    /// <summary>The comparison with one more value of a need (a term the search words named).</summary>
    public string CompareWith(string name, string value) => Build("/compare", Pairs(exclude: PagingKeys).Append(new(name, value)), Ids);

    /// <summary>Back to the search with the same filters and compare set.</summary>
    public string Search => Build("/", Pairs(exclude: PagingKeys.Where(k => k != "sort").Concat(["diff"]).Concat(query.Keys.Where(k => k.StartsWith(NeedNames.WeightPrefix, StringComparison.Ordinal))).ToArray()), Ids);

    private IEnumerable<KeyValuePair<string, string?>> Pairs(string[] exclude) =>
        query.ToPairs().Where(p => p.Key != NeedNames.Ids && !exclude.Contains(p.Key));

    private static string Build(string path, IEnumerable<KeyValuePair<string, string?>> pairs, IReadOnlyList<string> ids)
    {
        var all = pairs.ToList();
        if (ids.Count > 0) all.Add(new(NeedNames.Ids, string.Join(',', ids)));
        return all.Count == 0 ? path : QueryHelpers.AddQueryString(path, all);
    }
}
