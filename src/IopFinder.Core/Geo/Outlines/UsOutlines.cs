namespace IopFinder.Core.Geo.Outlines;

/// <summary>
/// The state and county outlines of the United States (Census cartographic boundaries via us-atlas,
/// built by tools/us-atlas). Each file is read on first use, never before: constructing this costs nothing.
/// </summary>
public sealed class UsOutlines
{
    private const string StatesResource = "IopFinder.Core.us-states.geojson.gz";
    private const string CountiesResource = "IopFinder.Core.us-counties.geojson.gz";
    private const string AlbersStatesResource = "IopFinder.Core.us-states-albers.geojson.gz";

    private readonly Lazy<OutlineIndex> _states;
    private readonly Lazy<OutlineIndex> _counties;
    private readonly Lazy<IReadOnlyList<RegionShape>> _albersStates;
    private readonly OutlineOptions _options;

    /// <summary>Outlines from loaders, each called once on first use (tests pass small in-memory shapes).</summary>
    /// <param name="states">States in lon/lat.</param>
    /// <param name="counties">Counties in lon/lat.</param>
    /// <param name="albersStates">States projected to Albers USA (national map frame).</param>
    /// <param name="options">Tolerances; defaults when null.</param>
    public UsOutlines(
        Func<IEnumerable<RegionShape>> states,
        Func<IEnumerable<RegionShape>> counties,
        Func<IReadOnlyList<RegionShape>> albersStates,
        OutlineOptions? options = null)
    {
        _states = new(() => new OutlineIndex(states()));
        _counties = new(() => new OutlineIndex(counties()));
        _albersStates = new(albersStates);
        _options = options ?? new OutlineOptions();
    }

    /// <summary>The outlines embedded in IopFinder.Core, each file loaded on first use.</summary>
    public static UsOutlines Default { get; } = new(
        () => OutlineReader.ReadEmbedded(StatesResource),
        () => OutlineReader.ReadEmbedded(CountiesResource),
        () => OutlineReader.ReadEmbedded(AlbersStatesResource));

    /// <summary>States, DC and territories in lon/lat (loads the states file).</summary>
    public OutlineIndex States => _states.Value;

    /// <summary>Counties in lon/lat (loads the counties file).</summary>
    public OutlineIndex Counties => _counties.Value;

    /// <summary>The 50 states and DC in Albers USA, 975×610 frame with the Alaska and Hawaii insets (loads that file).</summary>
    public IReadOnlyList<RegionShape> AlbersStates => _albersStates.Value;

    /// <summary>The USPS code of the state the point lies in, or null (sea, lake, another country, invalid point). Loads only the states file.</summary>
    public string? StateAt(GeoPoint point) =>
        point.IsValid ? (States.Locate(point) ?? States.Nearest(point, _options.CoastMiles))?.State : null;

    /// <summary>The state and county the point lies in, or null when it is in no state.</summary>
    public PointLocation? Locate(GeoPoint point)
    {
        if (!point.IsValid) return null;
        var state = States.Locate(point) ?? States.Nearest(point, _options.CoastMiles);
        if (state is null) return null;
        var county = Counties.Locate(point);
        if (county?.State != state.State)
        {
            county = Counties.Nearest(point, _options.CoastMiles) is { } near && near.State == state.State ? near : null;
        }
        return new PointLocation(state.State, county);
    }
}
