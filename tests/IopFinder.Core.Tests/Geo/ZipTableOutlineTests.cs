using System.Globalization;
using IopFinder.Core.Geo;
using IopFinder.Core.Geo.Outlines;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Distance;

namespace IopFinder.Core.Tests.Geo;

/// <summary>
/// Every ZIP of the table lies in (or just beside) the outline of the state it names, so no row can
/// move a search: the table once held 10200 New York, NY at longitude +73.95, in Central Asia.
/// </summary>
public class ZipTableOutlineTests
{
    /// <summary>
    /// The outlines are drawn at 1:10,000,000 (coasts and river borders simplified to about a mile),
    /// and a ZIP's centroid is the centre of its area, which for a ZIP on an island, a cape or a
    /// border river can fall outside the drawn line: Monhegan, ME is an island 6 miles off the drawn
    /// coast, Dell City, TX's ZIP reaches into New Mexico. Eight miles allows those; a flipped sign,
    /// a PO box placed in Lake Erie or a row of the wrong state is farther. tools/zip-table checks the
    /// same tolerance when it builds the table.
    /// </summary>
    private const double ToleranceMiles = 8;

    private static readonly GeometryFactory Factory = NetTopologySuite.NtsGeometryServices.Instance.CreateGeometryFactory();

    [Fact]
    public void EveryZip_LiesInItsStatesOutline_WithinAFewMiles()
    {
        var shapes = UsOutlines.Default.States.Shapes
            .GroupBy(s => s.Region.State)
            .ToDictionary(g => g.Key, g => g.Select(s => (Shape: s.Shape, Prepared: PreparedGeometryFactory.Prepare(s.Shape))).ToList());
        var checkedCount = 0;
        var outside = new List<string>();
        foreach (var place in AllZips())
        {
            Assert.True(shapes.ContainsKey(place.State), $"{place.Zip} names {place.State}, which is no US state or territory");
            checkedCount++;
            var miles = MilesOutside(place.Point, shapes[place.State]);
            if (miles > ToleranceMiles) outside.Add(FormattableString.Invariant($"{place.Zip} {place.City}, {place.State} ({place.Point.Lat}, {place.Point.Lon}): {miles:0} mi"));
        }
        Assert.True(checkedCount > 40_000, $"only {checkedCount} ZIPs");
        Assert.True(outside.Count == 0, $"{outside.Count} ZIPs lie outside their state: {string.Join("; ", outside.Take(30))}");
    }

    [Theory]
    [InlineData("96898")] // Wake Island, no US state
    [InlineData("09001")] // a military post abroad (APO AE)
    public void ZipWithAPointInNoUsState_IsNotInTheTable(string zip) => Assert.Null(ZipTable.Default.Find(zip));

    [Theory]
    [InlineData("99546", "AK")] // Adak, far out in the Aleutians (-176.7)
    [InlineData("96910", "GU")] // Hagåtña: Guam lies east of Greenwich
    [InlineData("96799", "AS")]
    public void ZipsFarFromTheMainland_AreKept(string zip, string state) => Assert.Equal(state, ZipTable.Default.Find(zip)?.State);

    [Theory]
    [InlineData("10200", "New York", 40.7128, -74.0060)] // longitude +73.95 in the source
    [InlineData("44195", "Cleveland", 41.4993, -81.6944)] // in Lake Erie in the source
    [InlineData("60011", "Barrington", 42.1539, -88.1362)] // in Lake Michigan in the source
    public void PoBoxZipWithAWrongPoint_LiesInItsCity(string zip, string city, double lat, double lon)
    {
        var place = ZipTable.Default.Find(zip);
        Assert.Equal(city, place?.City);
        Assert.InRange(place!.Point.MilesTo(new GeoPoint(lat, lon)), 0, 10);
    }

    private static double MilesOutside(GeoPoint point, List<(Geometry Shape, IPreparedGeometry Prepared)> shapes)
    {
        var at = Factory.CreatePoint(new Coordinate(point.Lon, point.Lat));
        if (shapes.Any(s => s.Prepared.Covers(at))) return 0;
        return shapes.Min(s =>
        {
            var nearest = DistanceOp.NearestPoints(s.Shape, at)[0];
            return point.MilesTo(new GeoPoint(nearest.Y, nearest.X));
        });
    }

    private static IEnumerable<ZipPlace> AllZips() =>
        Enumerable.Range(0, 100_000).Select(i => i.ToString("00000", CultureInfo.InvariantCulture)).Select(ZipTable.Default.Find).OfType<ZipPlace>();
}
