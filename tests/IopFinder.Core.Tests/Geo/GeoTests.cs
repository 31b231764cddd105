using IopFinder.Core.Geo;

namespace IopFinder.Core.Tests.Geo;

public class GeoTests
{
    [Fact]
    public void MilesTo_BostonToNewYork_IsAbout190Miles()
    {
        var boston = new GeoPoint(42.3601, -71.0589);
        var newYork = new GeoPoint(40.7128, -74.0060);
        Assert.InRange(boston.MilesTo(newYork), 188, 192);
        Assert.Equal(0, boston.MilesTo(boston), 6);
    }

    [Fact]
    public void ZipTable_HasTheNationAndKnowsCambridge()
    {
        Assert.True(ZipTable.Default.Count > 40_000);
        var place = ZipTable.Default.Find("02139")!;
        Assert.Equal(("Cambridge", "MA"), (place.City, place.State));
        Assert.Null(ZipTable.Default.Find("99999"));
    }

    [Theory]
    [InlineData("02139", "MA", "02139 (Cambridge, MA)")]
    [InlineData("02139-4307", "MA", "02139 (Cambridge, MA)")]
    [InlineData("Cambridge, MA", "MA", "Cambridge, MA")]
    [InlineData("knoxville tn", "TN", "Knoxville, TN")]
    [InlineData("42.36,-71.10", "MA", "Cambridge, MA")]   // "use my location": named by the nearest ZIP, not by degrees
    [InlineData("29.76,-95.37", "TX", "Houston, TX")]
    public void Resolve_UnderstandsZipCityAndCoordinates(string text, string state, string label)
    {
        var place = new PlaceResolver(ZipTable.Default).Resolve(text);
        Assert.NotNull(place);
        Assert.Equal(state, place.State);
        Assert.Equal(label, place.Label);
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("Atlantis, ZZ")]
    [InlineData("95,200")]
    [InlineData("')); DROP TABLE")]
    public void Resolve_UnknownPlace_IsNull(string text) => Assert.Null(new PlaceResolver(ZipTable.Default).Resolve(text));

    [Fact]
    public void Resolve_CoordinateAtSea_HasNoState()
    {
        var place = new PlaceResolver(ZipTable.Default).Resolve("30,-40");
        Assert.NotNull(place);
        Assert.Null(place.State);
    }
}
