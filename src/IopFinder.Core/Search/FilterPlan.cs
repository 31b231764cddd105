using IopFinder.Core.Geo;

namespace IopFinder.Core.Search;

/// <summary>
/// A search compiled against a <see cref="ListingTable"/>: wanted-term masks, schedule bits and the
/// origin, with the tests each filter group applies. Groups are bits so that a listing's failures
/// fit in one int; time, day and hours form one cluster (one track must satisfy them together) and
/// format and distance another (virtual reach counts only when virtual care is wanted).
/// </summary>
internal sealed class FilterPlan
{
    public const int TextBit = 1 << 0;
    public const int TimeBit = 1 << 9;
    public const int DayBit = 1 << 10;
    public const int HoursBit = 1 << 11;
    public const int NearBit = 1 << 12;
    public const int AcceptingBit = 1 << 13;
    /// <summary>Set with the schedule bits when each schedule condition alone is met, but no one track meets them all.</summary>
    public const int CombinationBit = 1 << 14;
    public const int ScheduleCluster = TimeBit | DayBit | HoursBit;
    public static readonly int FormatBit = TermBit(ListingTable.FormatFilter);
    public static readonly int DistanceCluster = FormatBit | NearBit;

    private readonly ListingTable _table;

    public FilterPlan(ListingTable table, SearchQuery query, ResolvedPlace? origin, bool[]? textMatch)
    {
        _table = table;
        TextMatch = textMatch;
        Wanted = new ulong[]?[SearchParameters.TermFilters.Count];
        var active = textMatch is null ? 0 : TextBit;
        for (var f = 0; f < Wanted.Length; f++)
        {
            var ids = query.TermsOf(SearchParameters.TermFilters[f].Parameter);
            var ordinals = ids.Where(table.TermOrdinals[f].ContainsKey).Select(id => table.TermOrdinals[f][id]).ToArray();
            if (ordinals.Length == 0) continue;
            Wanted[f] = table.Terms[f].MaskOf(ordinals);
            active |= TermBit(f);
        }
        Times = (byte)query.Times.Aggregate(0, (m, t) => m | 1 << IndexOf(SearchParameters.Times, t));
        Days = (byte)query.Days.Aggregate(0, (m, d) => m | 1 << IndexOf(SearchParameters.Days, d));
        MaxHours = query.MaxHours ?? double.PositiveInfinity;
        if (Times != 0) active |= TimeBit;
        if (Days != 0) active |= DayBit;
        if (query.MaxHours is not null) active |= HoursBit;
        Origin = origin;
        Radius = query.Radius;
        // A degree of latitude is at least 68.7 miles; a margin keeps the box a superset of the circle.
        LatSpan = Radius / 68.0;
        LonSpan = origin is null ? 0 : Radius / Math.Max(1, 68.0 * Math.Cos(origin.Point.Lat * Math.PI / 180));
        ActiveTerms = Enumerable.Range(0, Wanted.Length).Where(f => Wanted[f] is not null).ToArray();
        OriginStateBit = origin?.State is { } state ? ListingTable.StateBit(state) : 0;
        if (origin is not null) active |= NearBit;
        AcceptingOnly = query.AcceptingOnly;
        if (AcceptingOnly) active |= AcceptingBit;
        ActiveMask = active;
    }

    public static int TermBit(int filter) => 1 << (1 + filter);

    public bool[]? TextMatch { get; }
    public ulong[]?[] Wanted { get; }
    public byte Times { get; }
    public byte Days { get; }
    public double MaxHours { get; }
    public ResolvedPlace? Origin { get; }
    public double Radius { get; }
    public double LatSpan { get; }
    public double LonSpan { get; }
    public int[] ActiveTerms { get; }
    public ulong OriginStateBit { get; }
    public bool AcceptingOnly { get; }
    public int ActiveMask { get; }

    /// <summary>The bits of every group this listing fails.</summary>
    public int FailMask(int doc, double distance)
    {
        var mask = 0;
        if (TextMatch is not null && !TextMatch[doc]) mask |= TextBit;
        foreach (var f in ActiveTerms)
        {
            if (!_table.Terms[f].HasAny(doc, Wanted[f]!)) mask |= TermBit(f);
        }
        if ((ActiveMask & ScheduleCluster) != 0 && !ScheduleOk(doc, Times, Days, MaxHours)) mask |= ScheduleFailures(doc);
        if (Origin is not null && !NearOk(doc, distance, FormatAllowsVirtual(Wanted[ListingTable.FormatFilter]))) mask |= NearBit;
        if (AcceptingOnly && _table.Accepting[doc] != 1) mask |= AcceptingBit;
        return mask;
    }

    /// <summary>True when one track satisfies every schedule condition; 0 / infinity mean "any".</summary>
    public bool ScheduleOk(int doc, byte times, byte days, double maxHours)
    {
        if (times == 0 && days == 0 && double.IsPositiveInfinity(maxHours)) return true;
        for (var t = _table.TrackStart[doc]; t < _table.TrackStart[doc + 1]; t++)
        {
            if ((times == 0 || (_table.TrackBand[t] & times) != 0)
                && (days == 0 || (_table.TrackDays[t] & ~days) == 0)
                && _table.TrackHours[t] <= maxHours)
            {
                return true;
            }
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

    /// <summary>In reach, or virtual in the origin's state when virtual care is acceptable.</summary>
    public bool NearOk(int doc, double distance, bool virtualAcceptable) =>
        distance <= Radius || (virtualAcceptable && VirtualInState(doc));

    public bool VirtualInState(int doc) =>
        _table.HasVirtual[doc] && (_table.VirtualStates[doc] & OriginStateBit) != 0;

    public bool FormatAllowsVirtual(ulong[]? wantedFormats) =>
        wantedFormats is null || (_table.VirtualOrdinal >= 0 && (wantedFormats[_table.VirtualOrdinal / 64] & (1UL << (_table.VirtualOrdinal % 64))) != 0);

    private int ScheduleFailures(int doc)
    {
        // Blame each condition no track meets on its own; when only the combination fails, blame them all.
        var mask = 0;
        if (Times != 0 && !ScheduleOk(doc, Times, 0, double.PositiveInfinity)) mask |= TimeBit;
        if (Days != 0 && !ScheduleOk(doc, 0, Days, double.PositiveInfinity)) mask |= DayBit;
        if (!double.IsPositiveInfinity(MaxHours) && !ScheduleOk(doc, 0, 0, MaxHours)) mask |= HoursBit;
        return mask != 0 ? mask : (ActiveMask & ScheduleCluster) | CombinationBit;
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++) if (values[i] == value) return i;
        throw new ArgumentException($"Unknown value '{value}'.");
    }
}
