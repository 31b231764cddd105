using BenchmarkDotNet.Attributes;
using IopFinder.Core.Geo;
using IopFinder.Core.Geo.Maps;
using IopFinder.Core.Geo.Outlines;

namespace IopFinder.Benchmarks;

/// <summary>
/// The outlines: reading each embedded file (what the first coordinate search or map pays once),
/// point lookups, and building the maps.
/// </summary>
[MemoryDiagnoser]
public class GeoBenchmarks
{
    private static readonly GeoPoint Cambridge = new(42.3656, -71.104);
    private PlaceResolver _places = null!;
    private LocalMapBuilder _local = null!;
    private NationalMapBuilder _national = null!;
    private PinLocation[] _pins = [];

    [GlobalSetup]
    public void Setup()
    {
        _places = new PlaceResolver(ZipTable.Default);
        _local = new LocalMapBuilder(UsOutlines.Default);
        _national = new NationalMapBuilder(UsOutlines.Default);
        _ = UsOutlines.Default.Locate(Cambridge);
        _ = _national.Build(new Dictionary<string, int>());
        var random = new Random(14);
        _pins = [.. Enumerable.Range(1, 20).Select(n => new PinLocation($"p{n}", n, new GeoPoint(Cambridge.Lat + random.NextDouble() * 0.5 - 0.25, Cambridge.Lon + random.NextDouble() * 0.6 - 0.3)))];
    }

    [Benchmark(Description = "read + index us-states.geojson.gz")]
    public int LoadStates() => new OutlineIndex(Read("us-states")).Shapes.Count;

    [Benchmark(Description = "read + index us-counties.geojson.gz")]
    public int LoadCounties() => new OutlineIndex(Read("us-counties")).Shapes.Count;

    [Benchmark(Description = "read us-states-albers.geojson.gz")]
    public int LoadAlbersStates() => Read("us-states-albers").Count;

    [Benchmark(Description = "state of a point")]
    public string? StateAt() => UsOutlines.Default.StateAt(Cambridge);

    [Benchmark(Description = "state and county of a point")]
    public string? Locate() => UsOutlines.Default.Locate(Cambridge)?.County?.Fips;

    [Benchmark(Description = "resolve 'lat,lon'")]
    public string? ResolveCoordinate() => _places.Resolve("42.3656,-71.104")?.State;

    [Benchmark(Description = "local map, 25 miles, 20 pins")]
    public int LocalMap() => _local.Build(Cambridge, 25, _pins).Areas.Count;

    [Benchmark(Description = "national map (outlines cached)")]
    public int NationalMap() => _national.Build(new Dictionary<string, int> { ["MA"] = 41 }).States.Count;

    private static IReadOnlyList<RegionShape> Read(string name)
    {
        using var stream = typeof(UsOutlines).Assembly.GetManifestResourceStream($"IopFinder.Core.{name}.geojson.gz")!;
        return OutlineReader.Read(stream);
    }
}
