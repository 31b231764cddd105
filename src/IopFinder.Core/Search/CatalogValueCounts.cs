using IopFinder.Core.Common;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Search;

/// <summary>
/// Per filter, per value: how many listings of the whole catalog (any level of care) give that value.
/// Worked out once per catalog version, so a page can tell a value no listing gives yet from one the
/// search merely narrowed to 0. Terms count the listings that match them; a day or a time of day, the
/// listings with a track that meets on it or starts in it; a yes/no filter, the listings that say yes.
/// </summary>
internal static class CatalogValueCounts
{
    /// <summary>The counts on <paramref name="today"/>: yes/no answers that have lapsed by then don't count.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Of(ListingTable table, DateOnly today)
    {
        var counts = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        for (var f = 0; f < table.Rules.Length; f++) counts[table.Rules[f].Filter.Parameter] = Named(table.Rules[f].Values, Terms(table, f));
        counts[Filters.Time.Parameter] = Named(Filters.Time.FixedValues, Bits(table, t => table.TrackBand[t]));
        counts[Filters.Day.Parameter] = Named(Filters.Day.FixedValues, Bits(table, t => table.TrackDays[t]));
        for (var f = 0; f < table.Flags.Length; f++)
        {
            counts[table.Registry.Flags[f].Parameter] = new Dictionary<string, int>(StringComparer.Ordinal)
            {
                [FlagFilter.Yes] = FlagYes(table, f, today.DayNumber),
            };
        }
        return counts;
    }

    private static int FlagYes(ListingTable table, int f, int day)
    {
        var count = 0;
        for (var doc = 0; doc < table.Count; doc++) if (table.FlagOn(f, doc, day) == 1) count++;
        return count;
    }

    private static int[] Terms(ListingTable table, int f)
    {
        var counts = new int[table.Rules[f].Values.Count];
        for (var doc = 0; doc < table.Count; doc++) table.Closure[f].CountInto(doc, counts);
        return counts;
    }

    /// <summary>Per bit of a per-track mask, how many listings have a track with that bit set.</summary>
    private static int[] Bits(ListingTable table, Func<int, byte> trackMask)
    {
        var counts = new int[8];
        for (var doc = 0; doc < table.Count; doc++)
        {
            var mask = 0;
            for (var t = table.TrackStart[doc]; t < table.TrackStart[doc + 1]; t++) mask |= trackMask(t);
            for (var bit = 0; bit < counts.Length; bit++) if ((mask & (1 << bit)) != 0) counts[bit]++;
        }
        return counts;
    }

    private static Dictionary<string, int> Named(IReadOnlyList<string> names, int[] counts)
    {
        var named = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++) named[names[i]] = counts[i];
        return named;
    }
}
