using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Compare;

/// <summary>One fact of the comparison without needs: its label and each program's words, in the programs' order.</summary>
public sealed record FactRow(string Label, IReadOnlyList<string> Cells);

/// <summary>
/// The programs' facts side by side when no need is weighed (SPEC section 4): nothing scored, but a
/// shortlist still has something to compare and to print.
/// </summary>
public static class CompareFacts
{
    /// <summary>Level of care, distance (with a place), formats, every other term filter of the site's registry in its order, schedule, openings.</summary>
    public static IReadOnlyList<FactRow> Rows(IReadOnlyList<Listing> listings, ResolvedPlace? origin, DateOnly today, Words words, FilterRegistry filters)
    {
        var facts = words.Facts;
        FactRow Row(string label, Func<Listing, string> cell) => new(label, [.. listings.Select(cell)]);

        var rows = new List<FactRow> { Row(words.Filters.Noun(Filters.Level), l => facts.Terms(Filters.Level, l)) };
        if (origin is not null)
        {
            rows.Add(Row(words["Compare.Facts.Distance", origin.Label], l => facts.Distance(l, origin.Point)));
        }
        rows.Add(Row(words.Filters.Noun(Filters.Format), facts.Formats));
        // Level and format have their rows above; the state is where a program is, which its contact says.
        foreach (var filter in filters.TermFilters.Where(f => f != Filters.Level && f != Filters.Format && f != Filters.State))
        {
            rows.Add(Row(words.Filters.Noun(filter), l => facts.Terms(filter, l)));
        }
        rows.Add(Row(words["Details.Schedule"], facts.Schedule));
        rows.Add(Row(words.Filters.Legend(Filters.Accepting), l => facts.Openings(OpeningsRule.On(l, today))));
        return rows;
    }
}
