using IopFinder.Core.Geo;
using IopFinder.Core.Geo.Outlines;
using NetTopologySuite.Geometries;

namespace IopFinder.Core.Tests.Geo;

/// <summary>The outline lookups on small in-memory shapes: two states side by side, each one county.</summary>
public class UsOutlinesTests
{
    private static readonly GeometryFactory Factory = new();

    private static RegionShape Square(string fips, string name, string state, double west, double south, double size) =>
        new(new Region(fips, name, state), Factory.ToGeometry(new Envelope(west, west + size, south, south + size)));

    private static UsOutlines Outlines(Action? onLoad = null) => new(
        () => { onLoad?.Invoke(); return [Square("01", "West", "WS", -80, 40, 1), Square("02", "East", "ES", -79, 40, 1)]; },
        () => [Square("01001", "Left", "WS", -80, 40, 1), Square("02001", "Right", "ES", -79, 40, 1)],
        () => []);

    [Theory]
    [InlineData(40.5, -79.5, "WS", "Left")]
    [InlineData(40.5, -78.5, "ES", "Right")]
    [InlineData(40.5, -79.01, "WS", "Left")]
    [InlineData(40.5, -78.99, "ES", "Right")]
    [InlineData(41.01, -78.5, "ES", "Right")]   // 0.7 miles off the edge: within the coast tolerance
    public void Locate_PointInOrJustOffAState_FindsStateAndCounty(double lat, double lon, string state, string county)
    {
        var location = Outlines().Locate(new GeoPoint(lat, lon));
        Assert.Equal((state, county), (location?.State, location?.County?.Name));
    }

    [Theory]
    [InlineData(41.1, -78.5)]    // 7 miles off
    [InlineData(40.5, -77.9)]
    [InlineData(95, 0)]
    [InlineData(double.NaN, -79.5)]
    public void Locate_PointFarFromEveryState_IsNull(double lat, double lon)
    {
        var outlines = Outlines();
        Assert.Null(outlines.Locate(new GeoPoint(lat, lon)));
        Assert.Null(outlines.StateAt(new GeoPoint(lat, lon)));
    }

    [Fact]
    public void CoastMiles_Zero_TakesOnlyPointsInside()
    {
        var strict = new UsOutlines(() => [Square("01", "West", "WS", -80, 40, 1)], () => [], () => [], new OutlineOptions { CoastMiles = 0 });
        Assert.Null(strict.StateAt(new GeoPoint(41.01, -79.5)));
        Assert.Equal("WS", strict.StateAt(new GeoPoint(40.99, -79.5)));
        Assert.Null(strict.Locate(new GeoPoint(40.99, -79.5))?.County);
    }

    [Fact]
    public void Outlines_AreReadOnFirstUseOnly()
    {
        var loads = 0;
        var outlines = Outlines(() => loads++);
        Assert.Equal(0, loads);
        outlines.StateAt(new GeoPoint(40.5, -79.5));
        outlines.StateAt(new GeoPoint(40.5, -78.5));
        Assert.Equal(1, loads);
    }

    [Fact]
    public void Embedded_HasTheStatesCountiesAndAlbersFrame()
    {
        Assert.Equal(56, UsOutlines.Default.States.Shapes.Count);
        Assert.InRange(UsOutlines.Default.Counties.Shapes.Count, 3200, 3240);
        Assert.Equal(51, UsOutlines.Default.AlbersStates.Count);
        Assert.All(UsOutlines.Default.Counties.Shapes, c => Assert.StartsWith(c.Region.Fips[..2], UsOutlines.Default.States.Shapes.Single(s => s.Region.State == c.Region.State).Region.Fips));
    }

    [Fact]
    public void OutlineReader_NotGeoJson_IsInvalidData()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("{\"type\":"u8);
        }
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => OutlineReader.Read(stream));
    }
}
