using System.Globalization;
using IopFinder.Web.Shared.Catalogs;

namespace IopFinder.Web.Shared.Wording;

/// <summary>The footer's one line on how many programs the catalog lists, of which level, and from where.</summary>
public static class CatalogSentence
{
    public static string Say(CatalogSummary summary, Words words)
    {
        if (summary.Total == 0) return words["Catalog.Empty"];
        string N(int n) => n.ToString("N0", CultureInfo.CurrentCulture);
        var sources = summary.Sources.Select(s => Source(s.Source, s.Year, words)).ToList();
        var from = summary.Sources.Count == 1
            ? sources[0]
            : words.Terms.And(summary.Sources.Select((s, i) => words["Catalog.SourceCount", sources[i], N(s.Count)]));
        // A program can be both, so the two levels add up to more than the total unless the overlap is said.
        var both = summary.IntensiveOutpatient + summary.DayPrograms - summary.Total;
        var what = summary.DayPrograms == 0
            ? words[summary.Total == 1 ? "Catalog.Iop.One" : "Catalog.Iop", N(summary.Total)]
            : both > 0
                ? words["Catalog.Mixed.Both", N(summary.Total), N(summary.IntensiveOutpatient), N(summary.DayPrograms), N(both)]
                : words["Catalog.Mixed", N(summary.Total), N(summary.IntensiveOutpatient), N(summary.DayPrograms)];
        return words["Catalog.Sentence", what, from];
    }

    private static string Source(string name, int? year, Words words) => name switch
    {
        CatalogSummary.Examples => words["Catalog.Examples"],
        CatalogSummary.Programs => words["Catalog.Programs"],
        _ => year is { } y ? words["Catalog.SourceYear", name, y] : words["Catalog.Source", name],
    };
}
