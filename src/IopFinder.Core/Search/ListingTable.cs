using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Search;

/// <summary>
/// The listings laid out column by column (bit sets, flat arrays) so that one pass over the whole
/// catalog can test every filter, count every facet and measure distance without allocating.
/// Term filters keep two bit sets per listing: what it matches (its terms and their broader terms)
/// and what it states (its terms and what they imply), as their <see cref="TermRule"/> defines.
/// </summary>
internal sealed class ListingTable
{
    public ListingTable(IReadOnlyList<Listing> listings, Taxonomy.Taxonomy taxonomy, FilterRegistry registry)
    {
        Registry = registry;
        Count = listings.Count;
        Rules = [.. registry.TermFilters.Select(f => new TermRule(f, taxonomy))];
        FormatFilter = TermFilterIndex(Filters.Format);
        Closure = [.. Rules.Select(r => new TermMatrix(Count, r.Values.Count))];
        Stated = [.. Rules.Select((r, f) => r.HasHierarchy ? new TermMatrix(Count, r.Values.Count) : Closure[f])];
        Empty = [.. Rules.Select(_ => new bool[Count])];
        Columns = [.. Rules.Select(r => Enumerable.Range(0, r.Values.Count).Select(_ => Bits.Create(Count)).ToArray())];
        VirtualOrdinal = Rules[FormatFilter].OrdinalOf(ReachRule.VirtualFormat);

        TrackStart = new int[Count + 1];
        LocationStart = new int[Count + 1];
        TimeMask = new byte[Count];
        SingleDayMask = new byte[Count];
        VirtualStates = new ulong[Count];
        HasVirtual = new bool[Count];
        Flags = [.. registry.Flags.Select(_ => new sbyte[Count])];
        FlagLastDay = [.. registry.Flags.Select(_ => new int[Count])];
        FlagLapsed = [.. registry.Flags.Select(f => Code(f.Lapsed))];
        MinHours = new double[Count];
        var bands = new List<byte>();
        var days = new List<byte>();
        var hours = new List<double>();
        var lats = new List<double>();
        var lons = new List<double>();

        for (var doc = 0; doc < Count; doc++)
        {
            var listing = listings[doc];
            for (var f = 0; f < Rules.Length; f++) SetTerms(f, doc, Rules[f].Listed(listing));
            TrackStart[doc] = bands.Count;
            foreach (var track in listing.Schedule)
            {
                var dayMask = ScheduleRule.DayMask(track.Days);
                var band = ScheduleRule.TimeBit(track.TimeOfDay);
                bands.Add(band);
                days.Add(dayMask);
                hours.Add(track.HoursPerWeek);
                TimeMask[doc] |= band;
                if (track.Days.Count == 1) SingleDayMask[doc] |= dayMask;
            }
            LocationStart[doc] = lats.Count;
            foreach (var location in listing.Locations.Where(l => l.Point is not null))
            {
                lats.Add(location.Point!.Value.Lat);
                lons.Add(location.Point!.Value.Lon);
            }
            foreach (var state in listing.VirtualStates) VirtualStates[doc] |= StateBit(state);
            HasVirtual[doc] = ReachRule.OffersVirtual(listing);
            for (var f = 0; f < Flags.Length; f++)
            {
                Flags[f][doc] = Code(registry.Flags[f].Says(listing));
                FlagLastDay[f][doc] = registry.Flags[f].LastDayNumber(listing);
            }
            MinHours[doc] = listing.MinHoursPerWeek ?? double.NaN;
        }
        TrackStart[Count] = bands.Count;
        LocationStart[Count] = lats.Count;
        TrackBand = [.. bands];
        TrackDays = [.. days];
        TrackHours = [.. hours];
        LocationLat = [.. lats];
        LocationLon = [.. lons];
    }

    /// <summary>A listing's terms into the filter's two bit sets: the closure (broader terms too) and what it states (implied terms too).</summary>
    private void SetTerms(int f, int doc, IReadOnlyList<string> listed)
    {
        var rule = Rules[f];
        Empty[f][doc] = listed.Count == 0;
        foreach (var id in listed)
        {
            var ordinal = rule.OrdinalOf(id);
            if (ordinal < 0) continue;
            Closure[f].Set(doc, ordinal);
            Bits.Set(Columns[f][ordinal], doc);
            if (!rule.HasHierarchy) continue;
            foreach (var broader in rule.BroaderOf(ordinal))
            {
                Closure[f].Set(doc, broader);
                Bits.Set(Columns[f][broader], doc);
            }
            Stated[f].Set(doc, ordinal);
            foreach (var implied in rule.ImpliedBy(ordinal)) Stated[f].Set(doc, implied);
        }
    }

    /// <summary>Position of a filter in the registry's <see cref="FilterRegistry.TermFilters"/>.</summary>
    public int TermFilterIndex(FilterDefinition filter) => Registry.TermFilters.ToList().IndexOf(filter);

    /// <summary>Position of the format filter (distance reads it: virtual care counts only when virtual is acceptable).</summary>
    public int FormatFilter { get; }

    /// <summary>The filters the table is laid out for.</summary>
    public FilterRegistry Registry { get; }

    /// <summary>Which search bit stands for which of <see cref="Registry"/>'s filters.</summary>
    public FilterBitLayout Layout => Registry.Layout;

    private static readonly string[] StateCodes = [.. UsStates.Names.Keys];

    public int Count { get; }
    public TermRule[] Rules { get; }
    public TermMatrix[] Closure { get; }
    public TermMatrix[] Stated { get; }
    /// <summary>The closure turned around: per filter, per value, the listings that match it, as a bit set (for counting many results at once).</summary>
    public ulong[][][] Columns { get; }
    public bool[][] Empty { get; }
    public int VirtualOrdinal { get; }
    public int[] TrackStart { get; }
    public byte[] TrackBand { get; }
    public byte[] TrackDays { get; }
    public double[] TrackHours { get; }
    public byte[] TimeMask { get; }
    public byte[] SingleDayMask { get; }
    public int[] LocationStart { get; }
    public double[] LocationLat { get; }
    public double[] LocationLon { get; }
    public ulong[] VirtualStates { get; }
    public bool[] HasVirtual { get; }
    /// <summary>Per yes/no filter (<see cref="FilterRegistry.Flags"/> order), per listing: 1 yes, 0 no, -1 doesn't say.</summary>
    public sbyte[][] Flags { get; }
    /// <summary>Per yes/no filter, per listing: the day number after which its answer lapses to <see cref="FlagLapsed"/>.</summary>
    public int[][] FlagLastDay { get; }
    /// <summary>Per yes/no filter: what a lapsed answer reads as (1, 0, -1).</summary>
    public sbyte[] FlagLapsed { get; }

    /// <summary>Flag <paramref name="f"/> of a listing on day number <paramref name="day"/>: 1 yes, 0 no, -1 doesn't say.</summary>
    public sbyte FlagOn(int f, int doc, int day) => day > FlagLastDay[f][doc] ? FlagLapsed[f] : Flags[f][doc];

    private static sbyte Code(bool? says) => says switch { true => 1, false => 0, null => -1 };
    public double[] MinHours { get; }

    /// <summary>True when the listing has no schedule, so schedule filters don't know.</summary>
    public bool NoSchedule(int doc) => TrackStart[doc] == TrackStart[doc + 1];

    /// <summary>Bit of a state in <see cref="VirtualStates"/>; 0 for an unknown code.</summary>
    public static ulong StateBit(string state)
    {
        var index = Array.IndexOf(StateCodes, state);
        return index < 0 ? 0 : 1UL << index;
    }
}
