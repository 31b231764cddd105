using IopFinder.Core.Geo;
using IopFinder.Core.Geo.Maps;
using IopFinder.Core.Geo.Outlines;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Geo;

public class LocalMapBuilderTests
{
    private static readonly LocalMapBuilder Builder = new(UsOutlines.Default);

    [Theory]
    [InlineData("suncloud-health-sc-chicago-il", "17031", "Cook")]
    [InlineData("horizons-unlimited-of-san-francisco-ca", "06075", "San Francisco")]
    [InlineData("bowery-residents-committee-inc-new-york-ny", "36061", "New York")]
    [InlineData("caringworks-inc-atlanta-ga", "13121", "Fulton")]
    [InlineData("therapeutic-health-services-seattle-wa", "53033", "King")]
    [InlineData("career-and-recovery-resources-inc-houston-tx", "48201", "Harris")]
    [InlineData("2118-nuway-counseling-center-minneapolis-mn", "27053", "Hennepin")]
    [InlineData("miami-dade-rehab-services-bureau-miami-fl", "12086", "Miami-Dade")]
    public void Build_ProgramPin_LiesInsideItsDrawnCounty(string id, string fips, string county)
    {
        var listing = TestCatalog.Listing(id, File.ReadAllText(Path.Combine(Repo.Content, "programs", id + ".md")));
        var location = listing.Locations[0];
        var origin = ZipTable.Default.FindCity(location.City, location.State)!.Value;

        var map = Builder.Build(origin, 25, [new PinLocation(id, 1, location.Point!.Value)]);

        var pin = Assert.Single(map.Pins);
        var drawn = map.Areas.Where(a => SvgPathRings.Contains(a.PathData, pin.At)).ToList();
        var area = Assert.Single(drawn);
        Assert.Equal((fips, county), (area.Region.Fips, area.Region.Name));
    }

    [Fact]
    public void Build_ManyProgramsAtOneAddress_EachKeepsItsOwnPinAndNoneCoversAnother()
    {
        var cambridge = ZipTable.Default.Find("02139")!.Point;
        var woburn = ZipTable.Default.Find("01801")!.Point;
        var pins = Enumerable.Range(1, 20).Select(n => new PinLocation($"p{n}", n, n <= 15 ? woburn : cambridge)).ToList();

        var map = Builder.Build(cambridge, 25, pins);

        Assert.Equal(pins.Select(p => (p.ListingId, p.Number)), map.Pins.Select(p => (p.ListingId, p.Number)));
        Assert.Equal(2, map.Groups.Count);
        Assert.Equal(Enumerable.Range(1, 15), map.Groups[0].Numbers);
        Assert.All(map.Pins.Where(p => p.Number <= 15), p => Assert.Equal(0, p.Group));
        Assert.All(map.Pins, p => Assert.Equal(map.Pins.First(q => q.Number == (p.Number <= 15 ? 1 : 16)).At, p.At));
        foreach (var a in map.Pins)
        {
            Assert.InRange(a.Shown.X, 0, map.Width);
            Assert.InRange(a.Shown.Y, 0, map.Height);
            Assert.True(Distance(a.Shown, map.Origin) >= map.PinRadius, $"pin {a.Number} covers the searched place");
            foreach (var b in map.Pins.Where(b => b.Number > a.Number))
            {
                Assert.True(Distance(a.Shown, b.Shown) >= 2 * map.PinRadius - 0.2, $"pins {a.Number} and {b.Number} overlap");
            }
        }
    }

    [Theory]
    [InlineData(42.37, 5)]
    [InlineData(42.37, 25)]
    [InlineData(61.2, 50)]
    [InlineData(25.8, 100)]
    public void Build_PointAtTheRadius_LiesOnTheDrawnCircle(double lat, double radius)
    {
        var origin = new GeoPoint(lat, -71.1);
        var bearingEast = new GeoPoint(lat, -71.1 + radius / (69.0933 * Math.Cos(lat * Math.PI / 180)));
        var bearingNorth = new GeoPoint(lat + radius / 69.0933, -71.1);
        Assert.InRange(origin.MilesTo(bearingEast), radius * 0.995, radius * 1.005);

        var map = Builder.Build(origin, radius, [new PinLocation("e", 1, bearingEast), new PinLocation("n", 2, bearingNorth)]);

        Assert.Equal((map.Origin.X, map.Origin.Y), (map.Radius.X, map.Radius.Y));
        foreach (var pin in map.Pins) Assert.InRange(Distance(pin.At, map.Origin), map.Radius.R - 0.3, map.Radius.R + 0.3);
        Assert.True(map.Pins[1].At.Y < map.Origin.Y, "north is up");
        Assert.Equal(400, Math.Max(map.Width, map.Height), 1);
    }

    [Fact]
    public void Build_PinFarOutside_WidensTheViewToHoldIt()
    {
        var cambridge = ZipTable.Default.Find("02139")!.Point;
        var worcester = ZipTable.Default.Find("01608")!.Point;   // about 40 miles west

        var map = Builder.Build(cambridge, 10, [new PinLocation("w", 1, worcester)]);

        var pin = Assert.Single(map.Pins);
        Assert.Equal(pin.At, pin.Shown);
        Assert.InRange(pin.At.X, map.PinRadius * 1.4, map.Width - map.PinRadius * 1.4);
        Assert.True(map.Width > map.Height);
        Assert.Contains(map.Areas, a => a.Region.Name == "Worcester" && SvgPathRings.Contains(a.PathData, pin.At));
    }

    [Fact]
    public void Build_WideRadius_DrawsStatesNotCounties()
    {
        var map = Builder.Build(ZipTable.Default.Find("02139")!.Point, 200, []);
        Assert.Contains(map.Areas, a => a.Region.Fips == "25");
        Assert.All(map.Areas, a => Assert.Equal(2, a.Region.Fips.Length));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    public void Build_NoRadius_StillDrawsAMap(double radius)
    {
        var map = Builder.Build(ZipTable.Default.Find("02139")!.Point, radius, []);
        Assert.True(map.Radius.R > 0);
        Assert.NotEmpty(map.Areas);
    }

    private static double Distance(MapPoint a, MapPoint b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
