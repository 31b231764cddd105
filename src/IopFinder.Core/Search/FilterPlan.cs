using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;

namespace IopFinder.Core.Search;

/// <summary>
/// A search compiled against a <see cref="ListingTable"/>: wanted-term masks, schedule bits and the
/// origin, with the tests each filter group applies. Groups are bits so that a listing's failures and
/// unknowns each fit in one int; time, day and hours form one cluster (one track must satisfy them
/// together) and format and distance another (virtual reach counts only when virtual care is wanted).
/// </summary>
internal sealed class FilterPlan
{
    private readonly ListingTable _table;

    public FilterPlan(ListingTable table, SearchQuery query, ResolvedPlace? origin, TextMatch? textMatch, DateOnly today)
    {
        _table = table;
        Day = today.DayNumber;
        // Bits come from the table's registry (the site's, or a test's with one more filter), not from statics.
        Layout = table.Layout;
        var termCount = table.Rules.Length;
        TimeBit = Layout.BitOf(Filters.Time);
        DayBit = Layout.BitOf(Filters.Day);
        HoursBit = Layout.BitOf(Filters.MaxHours);
        NearBit = Layout.BitOf(Filters.Near);
        CombinationBit = Layout.CombinationBit;
        ScheduleCluster = TimeBit | DayBit | HoursBit;
        FormatBit = TermBit(table.FormatFilter);
        DistanceCluster = FormatBit | NearBit;
        TextMatch = textMatch;
        Wanted = new ulong[]?[termCount];
        Ask = new ulong[]?[termCount];
        var active = textMatch is null ? 0 : TextBit;
        for (var f = 0; f < termCount; f++)
        {
            var rule = table.Rules[f];
            var ids = query.TermsOf(rule.Filter.Parameter);
            var ordinals = ids.Select(rule.OrdinalOf).Where(o => o >= 0).ToArray();
            if (ordinals.Length == 0) continue;
            Wanted[f] = table.Closure[f].MaskOf(ordinals);
            if (rule.HasHierarchy) Ask[f] = table.Stated[f].MaskOf(rule.AskAbout(ids));
            active |= TermBit(f);
        }
        Times = ScheduleRule.TimesMask(query.Times);
        Days = ScheduleRule.DaysMask(query.Days);
        MaxHours = query.MaxHours ?? double.PositiveInfinity;
        if (Times != 0) active |= TimeBit;
        if (Days != 0) active |= DayBit;
        if (query.MaxHours is not null) active |= HoursBit;
        Origin = origin;
        Radius = query.Radius;
        // A degree of latitude is at least 68.7 miles; a margin keeps the box a superset of the circle.
        LatSpan = Radius / 68.0;
        LonSpan = origin is null ? 0 : Radius / Math.Max(1, 68.0 * Math.Cos(origin.Point.Lat * Math.PI / 180));
        ActiveTerms = [.. Enumerable.Range(0, termCount).Where(f => Wanted[f] is not null)];
        OriginStateBit = origin?.State is { } state ? ListingTable.StateBit(state) : 0;
        if (origin is not null) active |= NearBit;
        ActiveFlags = [.. Enumerable.Range(0, table.Flags.Length).Where(f => query.Flags.Contains(table.Registry.Flags[f].Parameter))];
        foreach (var f in ActiveFlags) active |= FlagBit(f);
        ActiveMask = active;
    }

    /// <summary>Which bit stands for which filter of the table's registry.</summary>
    public FilterBitLayout Layout { get; }
    public int TextBit => Layout.TextBit;
    public int TimeBit { get; }
    public int DayBit { get; }
    public int HoursBit { get; }
    public int NearBit { get; }
    /// <summary>Set with the schedule bits when each schedule condition alone is met, but no one track meets them all.</summary>
    public int CombinationBit { get; }
    public int ScheduleCluster { get; }
    public int FormatBit { get; }
    public int DistanceCluster { get; }

    public int TermBit(int filter) => Layout.TermBits[filter];

    /// <summary>The bit of yes/no filter <paramref name="flag"/> (its position in the registry's flags).</summary>
    public int FlagBit(int flag) => Layout.FlagBits[flag];

    public TextMatch? TextMatch { get; }
    public ulong[]?[] Wanted { get; }
    public ulong[]?[] Ask { get; }
    public byte Times { get; }
    public byte Days { get; }
    public double MaxHours { get; }
    public ResolvedPlace? Origin { get; }
    public double Radius { get; }
    public double LatSpan { get; }
    public double LonSpan { get; }
    public int[] ActiveTerms { get; }
    public ulong OriginStateBit { get; }
    /// <summary>Today's day number: flags whose answers have lapsed read as their lapsed value.</summary>
    public int Day { get; }

    /// <summary>The yes/no filters asked, as positions in the registry's flags.</summary>
    public int[] ActiveFlags { get; }
    public int ActiveMask { get; }

    /// <summary>The bits of every group this listing fails; <paramref name="unknown"/> gets those it doesn't answer.</summary>
    public int Evaluate(int doc, double distance, out int unknown)
    {
        var fail = 0;
        unknown = 0;
        if (TextMatch is not null && !TextMatch.Has(doc)) fail |= TextBit;
        foreach (var f in ActiveTerms)
        {
            if (_table.Closure[f].HasAny(doc, Wanted[f]!)) continue;
            var namesBroader = Ask[f] is { } ask && _table.Stated[f].HasAny(doc, ask);
            if (_table.Rules[f].Decide(false, _table.Empty[f][doc], namesBroader) == Verdict.Unknown) unknown |= TermBit(f);
            else fail |= TermBit(f);
        }
        if ((ActiveMask & ScheduleCluster) != 0)
        {
            if (_table.NoSchedule(doc)) unknown |= ActiveMask & ScheduleCluster;
            else if (!ScheduleOk(doc, Times, Days, MaxHours)) fail |= ScheduleFailures(doc);
        }
        if (Origin is not null && !NearOk(doc, distance, FormatAllowsVirtual(Wanted[_table.FormatFilter]))) fail |= NearBit;
        foreach (var f in ActiveFlags)
        {
            // A flag asked keeps the listings that say yes; silence is "doesn't say", never "no".
            var says = _table.FlagOn(f, doc, Day);
            if (says == 1) continue;
            if (says < 0) unknown |= FlagBit(f);
            else fail |= FlagBit(f);
        }
        return fail;
    }

    /// <summary>True when one track satisfies every schedule condition; 0 / infinity mean "any".</summary>
    public bool ScheduleOk(int doc, byte times, byte days, double maxHours)
    {
        if (times == 0 && days == 0 && double.IsPositiveInfinity(maxHours)) return true;
        for (var t = _table.TrackStart[doc]; t < _table.TrackStart[doc + 1]; t++)
        {
            if (ScheduleRule.Fits(_table.TrackBand[t], _table.TrackDays[t], _table.TrackHours[t], times, days, maxHours)) return true;
        }
        return false;
    }

    /// <summary>Days whose addition to <paramref name="allowed"/> would let one of the listing's tracks fit (times and hours aside).</summary>
    public byte DaysThatWouldAdmit(int doc, byte allowed)
    {
        var admit = 0;
        for (var t = _table.TrackStart[doc]; t < _table.TrackStart[doc + 1]; t++)
        {
            var rest = _table.TrackDays[t] & ~allowed;
            if ((rest & (rest - 1)) == 0) admit |= rest;
        }
        return (byte)admit;
    }

    /// <summary>The distance rule (<see cref="ReachRule"/>) on the table's columns.</summary>
    public bool NearOk(int doc, double distance, bool virtualAcceptable) =>
        ReachRule.Matches(ReachRule.InReach(distance, Radius), VirtualInState(doc), virtualAcceptable);

    public bool VirtualInState(int doc) =>
        ReachRule.VirtualInState(_table.HasVirtual[doc], (_table.VirtualStates[doc] & OriginStateBit) != 0);

    /// <summary><see cref="ReachRule.VirtualAcceptable"/> on a format mask: no format asked, or virtual among them.</summary>
    public bool FormatAllowsVirtual(ulong[]? wantedFormats) =>
        wantedFormats is null || (_table.VirtualOrdinal >= 0 && (wantedFormats[_table.VirtualOrdinal / 64] & (1UL << (_table.VirtualOrdinal % 64))) != 0);

    /// <summary>The parameter a group bit stands for.</summary>
    public string ParameterOf(int bit) => Layout.ParameterOf(bit);

    /// <summary>The parameters of every group bit in a mask, in bit order (the combination marker names none).</summary>
    public IReadOnlyList<string> ParametersOf(int mask) => Layout.ParametersOf(mask);

    private int ScheduleFailures(int doc)
    {
        // Blame each condition no track meets on its own; when only the combination fails, blame them all.
        var mask = 0;
        if (Times != 0 && !ScheduleOk(doc, Times, 0, double.PositiveInfinity)) mask |= TimeBit;
        if (Days != 0 && !ScheduleOk(doc, 0, Days, double.PositiveInfinity)) mask |= DayBit;
        if (!double.IsPositiveInfinity(MaxHours) && !ScheduleOk(doc, 0, 0, MaxHours)) mask |= HoursBit;
        return mask != 0 ? mask : (ActiveMask & ScheduleCluster) | CombinationBit;
    }
}
