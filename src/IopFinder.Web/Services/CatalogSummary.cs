using IopFinder.Core.Content;

namespace IopFinder.Web.Services;

/// <summary>How many programs the catalog lists and where they come from, said in one line on every page.</summary>
public sealed record CatalogSummary(int Total, IReadOnlyList<(string Source, int Count)> Sources, bool HasExamples)
{
    public static CatalogSummary Of(Catalog catalog)
    {
        var sources = catalog.Listings
            .GroupBy(l => l.Example ? "fictional examples" : l.Source is { } s ? $"the {s.Name}{(s.Year is { } y ? $" ({y})" : "")}" : "the programs themselves")
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(g => g.Item2)
            .ToList();
        return new CatalogSummary(catalog.Listings.Count, sources, catalog.Listings.Any(l => l.Example));
    }

    public string Sentence => Total == 0
        ? "The catalog is empty."
        : $"IopFinder lists {Total:N0} intensive outpatient program{(Total == 1 ? "" : "s")}, from {string.Join(" and ", Sources.Select(s => Sources.Count == 1 ? s.Source : $"{s.Source} ({s.Count:N0})"))}.";
}
