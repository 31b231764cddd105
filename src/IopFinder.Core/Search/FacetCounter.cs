using System.Numerics;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Search;

/// <summary>
/// Counts, for every filter value, what the result count would become if the user ticked it:
/// listings that pass now, plus listings that fail only in that value's group (or cluster) and
/// would pass with the value added. Works from one <see cref="FilterOutcome"/>: no second search.
/// </summary>
internal sealed class FacetCounter(ListingTable table, FilterPlan plan, FilterOutcome outcome, double[] distances)
{
    private ulong[]? _resultBits;

    /// <summary>
    /// The results as a bit set, once there are so many that counting a value is cheaper as one AND
    /// over its column than as a visit to each result.
    /// </summary>
    private ulong[]? ResultBits()
    {
        if (outcome.Total < table.Count / 16) return null;
        if (_resultBits is null)
        {
            _resultBits = Bits.Create(table.Count);
            foreach (var doc in outcome.Results) Bits.Set(_resultBits, doc);
        }
        return _resultBits;
    }

    public Dictionary<string, IReadOnlyDictionary<string, int>> Count()
    {
        var facets = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        for (var f = 0; f < table.Rules.Length; f++)
        {
            var counts = f == table.FormatFilter && plan.Origin is not null ? FormatCounts() : TermCounts(f);
            facets[table.Rules[f].Filter.Parameter] = Named(table.Rules[f].Values, counts);
        }
        facets[Filters.Time.Parameter] = Named(Filters.Time.FixedValues, ScheduleCounts(plan.TimeBit, Filters.Time.FixedValues.Count));
        facets[Filters.Day.Parameter] = Named(Filters.Day.FixedValues, ScheduleCounts(plan.DayBit, Filters.Day.FixedValues.Count));
        for (var f = 0; f < table.Flags.Length; f++)
        {
            facets[table.Registry.Flags[f].Parameter] = new Dictionary<string, int> { [FlagFilter.Yes] = FlagCount(f) };
        }
        return facets;
    }

    /// <summary>How many programs the search would have with term filter <paramref name="f"/> set to <paramref name="value"/> alone.</summary>
    public int CountWithOnly(int f, int value)
    {
        var bit = plan.TermBit(f);
        var count = 0;
        foreach (var doc in outcome.Results) if (table.Closure[f].Has(doc, value)) count++;
        for (var i = 0; i < outcome.MissCount; i++)
        {
            if (outcome.MissMasks[i] == bit && table.Closure[f].Has(outcome.MissDocs[i], value)) count++;
        }
        return count;
    }

    /// <summary>How many results removing each active group alone would give.</summary>
    public Dictionary<int, int> RemovalCounts()
    {
        var counts = new Dictionary<int, int>();
        foreach (var bit in plan.Layout.FilterBits)
        {
            if ((plan.ActiveMask & bit) == 0 || !Removable(bit)) continue;
            var cluster = ClusterOf(bit);
            var total = outcome.Total;
            for (var i = 0; i < outcome.MissCount; i++)
            {
                var mask = outcome.MissMasks[i] & ~plan.CombinationBit;
                if ((mask & ~cluster) != 0 || (cluster == bit && mask != bit)) continue;
                if (PassesWith(outcome.MissDocs[i], bit, value: -1)) total++;
            }
            counts[bit] = total;
        }
        return counts;
    }

    // A filter with a default (level) cannot be removed, only changed: removing it brings the default back.
    private bool Removable(int bit)
    {
        for (var f = 0; f < table.Rules.Length; f++) if (bit == plan.TermBit(f)) return table.Rules[f].Filter.Default.Count == 0;
        return true;
    }

    private int[] TermCounts(int f)
    {
        var bit = plan.TermBit(f);
        var counts = new int[table.Closure[f].TermCount];
        if (plan.Wanted[f] is null)
        {
            if (ResultBits() is { } results)
            {
                for (var v = 0; v < counts.Length; v++) counts[v] = Bits.CountBoth(results, table.Columns[f][v]);
            }
            else
            {
                foreach (var doc in outcome.Results) table.Closure[f].CountInto(doc, counts);
            }
            return counts;
        }
        Array.Fill(counts, outcome.Total);
        if (outcome.MissCount >= table.Count / 16)
        {
            // Many listings fail only here: count each value as one AND of their bit set with its column.
            var onlyHere = Bits.Create(table.Count);
            for (var i = 0; i < outcome.MissCount; i++) if (outcome.MissMasks[i] == bit) Bits.Set(onlyHere, outcome.MissDocs[i]);
            for (var v = 0; v < counts.Length; v++) counts[v] += Bits.CountBoth(onlyHere, table.Columns[f][v]);
            return counts;
        }
        for (var i = 0; i < outcome.MissCount; i++)
        {
            if (outcome.MissMasks[i] == bit) table.Closure[f].CountInto(outcome.MissDocs[i], counts);
        }
        return counts;
    }

    private int[] FormatCounts()
    {
        var f = table.FormatFilter;
        var counts = new int[table.Closure[f].TermCount];
        if (plan.Wanted[f] is not null) Array.Fill(counts, outcome.Total);
        else foreach (var doc in outcome.Results) AddPassing(doc, plan.FormatBit, counts);
        for (var i = 0; i < outcome.MissCount; i++)
        {
            var doc = outcome.MissDocs[i];
            var mask = outcome.MissMasks[i];
            if ((mask & ~plan.DistanceCluster) != 0) continue;
            // Failing only the format: distance already passes, and more formats never undo that.
            if (mask == plan.FormatBit) table.Closure[f].CountInto(doc, counts);
            // Out of reach: only virtual care in the searcher's state could bring it back.
            else if (plan.VirtualInState(doc)) AddPassing(doc, plan.FormatBit, counts);
        }
        return counts;
    }

    private int[] ScheduleCounts(int bit, int values)
    {
        var counts = new int[values];
        var selected = bit == plan.TimeBit ? plan.Times : plan.Days;
        var othersActive = (plan.ActiveMask & plan.ScheduleCluster & ~bit) != 0;
        if (selected != 0) Array.Fill(counts, outcome.Total);
        else if (othersActive) foreach (var doc in outcome.Results) AddPassing(doc, bit, counts);
        else
        {
            // Nothing else constrains the schedule: the precomputed per-listing masks answer directly.
            foreach (var doc in outcome.Results) AddBits(bit == plan.TimeBit ? table.TimeMask[doc] : table.SingleDayMask[doc], counts);
        }
        for (var i = 0; i < outcome.MissCount; i++)
        {
            var doc = outcome.MissDocs[i];
            var mask = outcome.MissMasks[i];
            var combination = (mask & plan.CombinationBit) != 0;
            mask &= ~plan.CombinationBit;
            if ((mask & ~plan.ScheduleCluster) != 0) continue;
            // Another schedule condition fails on its own: changing this one cannot help.
            if (!combination && (mask & ~bit) != 0) continue;
            if (!combination && !othersActive)
            {
                AddBits(bit == plan.TimeBit ? table.TimeMask[doc] : plan.DaysThatWouldAdmit(doc, selected), counts);
            }
            else
            {
                AddPassing(doc, bit, counts);
            }
        }
        return counts;
    }

    /// <summary>The results that say yes to flag <paramref name="f"/>: all of them when it is asked already.</summary>
    private int FlagCount(int f)
    {
        if (plan.ActiveFlags.Contains(f)) return outcome.Total;
        var count = 0;
        foreach (var doc in outcome.Results) if (table.FlagOn(f, doc, plan.Day) == 1) count++;
        return count;
    }

    private void AddPassing(int doc, int bit, int[] counts)
    {
        for (var v = 0; v < counts.Length; v++) if (PassesWith(doc, bit, v)) counts[v]++;
    }

    private static void AddBits(int mask, int[] counts)
    {
        while (mask != 0)
        {
            counts[BitOperations.TrailingZeroCount(mask)]++;
            mask &= mask - 1;
        }
    }

    /// <summary>
    /// Whether a listing whose failures all lie in <paramref name="bit"/>'s cluster passes when group
    /// <paramref name="bit"/> gets <paramref name="value"/> added, or is cleared when value is -1.
    /// </summary>
    private bool PassesWith(int doc, int bit, int value)
    {
        if ((bit & plan.ScheduleCluster) != 0)
        {
            var times = bit == plan.TimeBit ? With(plan.Times, value) : plan.Times;
            var days = bit == plan.DayBit ? With(plan.Days, value) : plan.Days;
            var hours = bit == plan.HoursBit ? double.PositiveInfinity : plan.MaxHours;
            return plan.ScheduleOk(doc, times, days, hours);
        }
        if ((bit & plan.DistanceCluster) != 0)
        {
            var formats = plan.Wanted[table.FormatFilter];
            if (bit == plan.FormatBit) formats = value < 0 ? null : WithTerm(formats, value);
            var formatOk = formats is null || table.Closure[table.FormatFilter].HasAny(doc, formats);
            var nearOk = bit == plan.NearBit || plan.Origin is null || plan.NearOk(doc, distances[doc], plan.FormatAllowsVirtual(formats));
            return formatOk && nearOk;
        }
        // A group of its own: the listing fails only here, so clearing it passes.
        return value < 0;
    }

    // Adding a value widens the selection; clearing (-1) leaves 0, which means "any".
    private static byte With(byte selection, int value) => value < 0 ? (byte)0 : (byte)(selection | (1 << value));

    private ulong[] WithTerm(ulong[]? wanted, int ordinal)
    {
        var mask = table.Closure[table.FormatFilter].MaskOf([ordinal]);
        if (wanted is not null) for (var w = 0; w < mask.Length; w++) mask[w] |= wanted[w];
        return mask;
    }

    private int ClusterOf(int bit) =>
        (bit & plan.ScheduleCluster) != 0 ? plan.ScheduleCluster
        : (bit & plan.DistanceCluster) != 0 ? plan.DistanceCluster
        : bit;

    private static Dictionary<string, int> Named(IReadOnlyList<string> names, int[] counts)
    {
        var named = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++) named[names[i]] = counts[i];
        return named;
    }
}
