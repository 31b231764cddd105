using IopFinder.Core.Common;
using IopFinder.Core.Filtering;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Tests.Search;

/// <summary>What the whole catalog gives, per filter value: the fact that lets a page grey a value no listing gives yet.</summary>
public class CatalogCountsTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private IReadOnlyList<Listing> Listings => fixture.Index.Catalog.Listings;

    [Theory]
    [InlineData("mon")]
    [InlineData("sat")]
    [InlineData("sun")]
    public void CatalogCounts_Day_CountsListingsWithATrackMeetingThatDay(string day)
    {
        var expected = Listings.Count(l => l.Schedule.Any(t => t.Days.Contains(ScheduleIds.DayOf(day)!.Value)));
        Assert.Equal(expected, fixture.Index.CatalogCounts[Filters.Day.Parameter][day]);
    }

    [Theory]
    [InlineData("morning", TimeOfDayBand.Morning)]
    [InlineData("afternoon", TimeOfDayBand.Afternoon)]
    [InlineData("evening", TimeOfDayBand.Evening)]
    public void CatalogCounts_Time_CountsListingsWithATrackStartingThen(string time, TimeOfDayBand band)
    {
        var expected = Listings.Count(l => l.Schedule.Any(t => t.TimeOfDay == band));
        Assert.Equal(expected, fixture.Index.CatalogCounts[Filters.Time.Parameter][time]);
    }

    [Fact]
    public void CatalogCounts_SomeValuesNoListingGives_AreZeroBesideLiveOnes()
    {
        var days = fixture.Index.CatalogCounts[Filters.Day.Parameter];
        // The fixture has Monday tracks and none on Sunday: both kinds of value are there to tell apart.
        Assert.True(days["mon"] > 0);
        Assert.Equal(0, days["sun"]);
        Assert.Equal(Listings.Count(l => l.AcceptingNewPatients == true), fixture.Index.CatalogCounts[Filters.Accepting.Parameter][Filters.AcceptingValue]);
        Assert.True(Listings.Any(l => l.AcceptingNewPatients == false), "a listing that says it is not accepting counts for nothing");
    }

    [Fact]
    public void CatalogCounts_DoNotChangeWithTheSearch()
    {
        var before = fixture.Index.CatalogCounts;
        fixture.Search("condition=depression&day=mon");
        Assert.Same(before, fixture.Index.CatalogCounts);
    }
}
