using IopFinder.Core.Geo;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Search;

/// <summary>
/// The listings laid out column by column (bit sets, flat arrays) so that one pass over the whole
/// catalog can test every filter, count every facet and measure distance without allocating.
/// </summary>
internal sealed class ListingTable
{
    public ListingTable(IReadOnlyList<Listing> listings, Taxonomy.Taxonomy taxonomy)
    {
        Count = listings.Count;
        TermOrdinals = SearchParameters.TermFilters
            .Select(f => taxonomy[f.Vocabulary].Ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal))
            .ToArray();
        TermIds = SearchParameters.TermFilters.Select(f => taxonomy[f.Vocabulary].Ids.ToArray()).ToArray();
        Terms = TermOrdinals.Select(o => new TermMatrix(Count, o.Count)).ToArray();
        VirtualOrdinal = TermOrdinals[FormatFilter].GetValueOrDefault("virtual", -1);

        TrackStart = new int[Count + 1];
        LocationStart = new int[Count + 1];
        TimeMask = new byte[Count];
        SingleDayMask = new byte[Count];
        VirtualStates = new ulong[Count];
        HasVirtual = new bool[Count];
        Accepting = new sbyte[Count];
        MinHours = new double[Count];
        var bands = new List<byte>();
        var days = new List<byte>();
        var hours = new List<double>();
        var lats = new List<double>();
        var lons = new List<double>();

        for (var doc = 0; doc < Count; doc++)
        {
            var listing = listings[doc];
            for (var f = 0; f < Terms.Length; f++)
            {
                foreach (var id in ListingTerms.ByParameter(listing, SearchParameters.TermFilters[f].Parameter))
                {
                    if (TermOrdinals[f].TryGetValue(id, out var ordinal)) Terms[f].Set(doc, ordinal);
                }
            }
            TrackStart[doc] = bands.Count;
            foreach (var track in listing.Schedule)
            {
                var dayMask = DayMask(track.Days);
                bands.Add((byte)(1 << (int)track.TimeOfDay));
                days.Add(dayMask);
                hours.Add(track.HoursPerWeek);
                TimeMask[doc] |= (byte)(1 << (int)track.TimeOfDay);
                if (track.Days.Count == 1) SingleDayMask[doc] |= dayMask;
            }
            LocationStart[doc] = lats.Count;
            foreach (var location in listing.Locations.Where(l => l.Point is not null))
            {
                lats.Add(location.Point!.Value.Lat);
                lons.Add(location.Point!.Value.Lon);
            }
            foreach (var state in listing.VirtualStates) VirtualStates[doc] |= StateBit(state);
            HasVirtual[doc] = listing.Formats.Contains("virtual");
            Accepting[doc] = listing.AcceptingNewPatients switch { true => 1, false => 0, null => -1 };
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

    /// <summary>Position of the format filter in <see cref="SearchParameters.TermFilters"/>.</summary>
    public static readonly int FormatFilter = SearchParameters.TermFilters.ToList().FindIndex(f => f.Parameter == SearchParameters.Format);

    private static readonly string[] StateCodes = [.. UsStates.Names.Keys];

    public int Count { get; }
    public Dictionary<string, int>[] TermOrdinals { get; }
    public string[][] TermIds { get; }
    public TermMatrix[] Terms { get; }
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
    public sbyte[] Accepting { get; }
    public double[] MinHours { get; }

    /// <summary>Bit of a state in <see cref="VirtualStates"/>; 0 for an unknown code.</summary>
    public static ulong StateBit(string state)
    {
        var index = Array.IndexOf(StateCodes, state);
        return index < 0 ? 0 : 1UL << index;
    }

    /// <summary>Monday is bit 0, Sunday bit 6.</summary>
    public static byte DayMask(IEnumerable<DayOfWeek> days) =>
        (byte)days.Aggregate(0, (mask, day) => mask | 1 << (((int)day + 6) % 7));
}
