using IopFinder.Core.Content;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>How many programs the catalog lists, of which level, and where they come from, worked out once per catalog.</summary>
/// <param name="Total">Every listing.</param>
/// <param name="IntensiveOutpatient">Listings offering intensive outpatient care.</param>
/// <param name="DayPrograms">Listings offering a day program (partial hospitalization).</param>
/// <param name="Sources">Each source ("the programs themselves" for listings staff wrote) with its listing count, largest first.</param>
/// <param name="HasExamples">True when some listing is a fictional example.</param>
public sealed record CatalogSummary(int Total, int IntensiveOutpatient, int DayPrograms, IReadOnlyList<(string Source, int? Year, int Count)> Sources, bool HasExamples)
{
    /// <summary>The source name of listings that programs wrote themselves.</summary>
    public const string Programs = "";

    /// <summary>The source name of fictional examples.</summary>
    public const string Examples = "example";

    public static CatalogSummary Of(Catalog catalog)
    {
        var sources = catalog.Listings
            .SelectMany(l => l.Example ? [(Examples, (int?)null)] : l.Sources.Count == 0 ? [(Programs, (int?)null)] : l.Sources.Select(s => (s.Name, s.Year)))
            .GroupBy(s => s)
            .Select(g => (g.Key.Item1, g.Key.Item2, g.Count()))
            .OrderByDescending(g => g.Item3)
            .ToList();
        return new CatalogSummary(catalog.Listings.Count, catalog.Listings.Count(l => l.LevelsOfCare.Contains("iop")),
            catalog.Listings.Count(l => l.LevelsOfCare.Contains("php")), sources, catalog.Listings.Any(l => l.Example));
    }
}
