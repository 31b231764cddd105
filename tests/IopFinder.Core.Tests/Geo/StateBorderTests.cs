using IopFinder.Core.Geo;
using IopFinder.Core.Geo.Outlines;

namespace IopFinder.Core.Tests.Geo;

/// <summary>
/// A point takes the state whose outline holds it, not the state of the nearest ZIP centroid. Each
/// point lies a few miles inside a state line (most of them surveyed straight lines, where the
/// outlines are exact) and its nearest ZIP centroid is in the neighbouring state.
/// </summary>
public class StateBorderTests
{
    private static readonly PlaceResolver Places = new(ZipTable.Default);

    [Theory]
    [InlineData(36.95, -110.5, "AZ", "Navajo")]          // 37th parallel; nearest ZIP Monument Valley, UT
    [InlineData(40.95, -107.4, "CO", "Moffat")]          // 41st parallel; nearest ZIP Dixon, WY
    [InlineData(37.05, -101.15, "KS", "Stevens")]        // 37th parallel; nearest ZIP Tyrone, OK
    [InlineData(40.05, -96.3, "NE", "Pawnee")]           // 40th parallel; nearest ZIP Summerfield, KS
    [InlineData(42.05, -118.85, "OR", "Harney")]         // 42nd parallel; nearest ZIP Denio, NV
    [InlineData(40.25, -114.1, "NV", "Elko")]            // 114.04° W; nearest ZIP Ibapah, UT
    [InlineData(47.0, -96.75, "MN", "Clay")]             // east of the Red River; nearest ZIP Fargo, ND
    [InlineData(46.1, -123.1, "OR", "Columbia")]         // south of the Columbia; nearest ZIP Longview, WA
    [InlineData(44.9, -70.95, "ME", "Oxford")]           // nearest ZIP Errol, NH
    public void Coordinate_NearAStateLine_TakesTheStateItIsIn(double lat, double lon, string state, string county)
    {
        var point = new GeoPoint(lat, lon);
        Assert.NotEqual(state, ZipTable.Default.Nearest(point)!.State);

        var location = UsOutlines.Default.Locate(point);
        Assert.Equal(state, location?.State);
        Assert.Equal((county, state), (location?.County?.Name, location?.County?.State));

        var resolved = Places.Lookup(FormattableString.Invariant($"{lat},{lon}"));
        Assert.Equal(PlaceIssue.None, resolved.Issue);
        Assert.Equal(state, resolved.Place?.State);
        Assert.Equal(county, resolved.Place?.County?.Name);
    }

    [Fact]
    public void Outlines_AgreeWithTheZipTable_ForNearlyEveryZipCentroid()
    {
        // ZIP centroids of the states and DC: all but a few (river borders drawn at 1:10,000,000,
        // placeholder coordinates of PO-box ZIPs) must fall in the ZIP's own state.
        var codes = UsStates.Names.Keys.Where(c => c.Length == 2).ToHashSet();
        var places = Enumerable.Range(0, 100_000).Select(i => i.ToString("00000", System.Globalization.CultureInfo.InvariantCulture))
            .Select(ZipTable.Default.Find).OfType<ZipPlace>().Where(p => codes.Contains(p.State)).ToList();
        var agree = places.Count(p => UsOutlines.Default.StateAt(p.Point) == p.State);
        Assert.True(places.Count > 40_000);
        Assert.True(agree >= places.Count * 0.995, $"{agree} of {places.Count} ZIP centroids lie in their own state");
    }
}
