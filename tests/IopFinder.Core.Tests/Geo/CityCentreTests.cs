using IopFinder.Core.Geo;

namespace IopFinder.Core.Tests.Geo;

/// <summary>A city is searched from its centre, which one wrong ZIP row cannot move.</summary>
public class CityCentreTests
{
    private static readonly PlaceResolver Places = new(ZipTable.Default);

    // City halls as their cities publish them (rounded to 4 decimals).
    [Theory]
    [InlineData("New York", 40.7128, -74.0060)]
    [InlineData("New York, NY", 40.7128, -74.0060)]
    [InlineData("New York City", 40.7128, -74.0060)]
    [InlineData("Los Angeles", 34.0537, -118.2427)]
    [InlineData("Los Angeles, CA", 34.0537, -118.2427)]
    [InlineData("Philadelphia", 39.9526, -75.1635)]
    [InlineData("Philadelphia, PA", 39.9526, -75.1635)]
    [InlineData("Houston", 29.7604, -95.3698)]
    [InlineData("Houston, TX", 29.7604, -95.3698)]
    public void City_IsSearchedFromNearItsCityHall(string near, double lat, double lon)
    {
        var place = Places.Resolve(near);
        Assert.NotNull(place);
        Assert.InRange(place.Point.MilesTo(new GeoPoint(lat, lon)), 0, 5);
    }

    [Fact]
    public void City_WithOneZipAtAFlippedLongitude_KeepsItsCentre()
    {
        var good = Enumerable.Range(0, 9).Select(i => new ZipPlace($"1000{i}", new GeoPoint(40.70 + i * 0.01, -74.00 + i * 0.005), "Gotham", "NY")).ToList();
        var honest = new ZipTable(good).FindCity("Gotham", "NY")!.Value;
        var withBadRow = new ZipTable([.. good, new ZipPlace("10200", new GeoPoint(40.77, 73.95), "Gotham", "NY")]).FindCity("Gotham", "NY")!.Value;

        Assert.InRange(withBadRow.MilesTo(honest), 0, 0.01);
    }

    [Fact]
    public void City_WithOneZip_IsThatZip()
    {
        var point = new GeoPoint(46.59, -112.04);
        Assert.Equal(point, new ZipTable([new ZipPlace("59601", point, "Helena", "MT")]).FindCity("Helena", "MT"));
    }
}
