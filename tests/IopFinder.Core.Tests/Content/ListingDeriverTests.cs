using IopFinder.Core.Content;
using IopFinder.Core.Listings;
using static IopFinder.Core.Tests.Support.TestCatalog;

namespace IopFinder.Core.Tests.Content;

public class ListingDeriverTests
{
    [Theory]
    [InlineData("mon, tue, wed, thu", "09:00", "12:00", 12)]
    [InlineData("mon, wed, thu", "17:30", "20:30", 9)]
    [InlineData("sat", "09:00", "13:30", 4.5)]
    [InlineData("mon, tue, wed, thu, fri", "09:00", "11:45", 13.75)]
    public void Derive_HoursPerWeekIsDaysTimesLength(string days, string start, string end, double hours)
    {
        var listing = Listing("x", FrontMatter("X", Schedule(Track(days, start, end))));
        Assert.Equal(hours, listing.Schedule[0].HoursPerWeek);
        Assert.Equal(hours, listing.MinHoursPerWeek);
    }

    [Theory]
    [InlineData("06:00", TimeOfDayBand.Morning)]
    [InlineData("11:59", TimeOfDayBand.Morning)]
    [InlineData("12:00", TimeOfDayBand.Afternoon)]
    [InlineData("16:59", TimeOfDayBand.Afternoon)]
    [InlineData("17:00", TimeOfDayBand.Evening)]
    [InlineData("20:00", TimeOfDayBand.Evening)]
    public void Derive_TimeOfDayFollowsStartTime(string start, TimeOfDayBand band)
    {
        var listing = Listing("x", FrontMatter("X", Schedule(Track("mon", start, "23:00"))));
        Assert.Equal(band, listing.Schedule[0].TimeOfDay);
    }

    [Fact]
    public void Derive_LocationWithoutCoordinates_TakesZipCentroid()
    {
        var listing = Listing("x", FrontMatter("X"));
        var location = listing.Locations.Single();
        Assert.True(location.PointFromZip);
        Assert.Equal(42.362, location.Point!.Value.Lat, 2);
        Assert.Equal(-71.102, location.Point.Value.Lon, 2);
    }

    [Fact]
    public void Derive_LocationWithCoordinates_KeepsThem()
    {
        var listing = Listing("x", FrontMatter("X", "locations:\n  - city: Cambridge\n    state: MA\n    zip: \"02139\"\n    lat: 42.1\n    lon: -71.5"));
        Assert.False(listing.Locations[0].PointFromZip);
        Assert.Equal(42.1, listing.Locations[0].Point!.Value.Lat);
    }

    [Fact]
    public void Derive_StatesAreTheDistinctStatesOfLocations()
    {
        var listing = Listing("x", FrontMatter("X", At("70112", "70801", "02139")));
        Assert.Equal(["LA", "MA"], listing.States);
    }

    [Fact]
    public void Derive_DaysAreInWeekOrder()
    {
        var listing = Listing("x", FrontMatter("X", Schedule(Track("thu, mon, sat", "09:00", "10:00"))));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday, DayOfWeek.Saturday], listing.Schedule[0].Days);
    }

    [Fact]
    public void BandOf_MatchesSpecBoundaries()
    {
        Assert.Equal(TimeOfDayBand.Morning, ListingDeriver.BandOf(new TimeOnly(11, 59)));
        Assert.Equal(TimeOfDayBand.Evening, ListingDeriver.BandOf(new TimeOnly(17, 0)));
    }
}
