using IopFinder.Core.Geo;
using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Search;

public class DistanceTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Fact]
    public void Search_WithZipAndRadius_ExcludesFartherPrograms()
    {
        var ids = fixture.Search("near=02139&radius=25").Ids();
        Assert.Contains("cambridge-dbt", ids);
        Assert.Contains("boston-evening", ids);
        Assert.DoesNotContain("worcester-morning", ids);
        Assert.DoesNotContain("depression-name", ids);
    }

    [Fact]
    public void Search_FewResultsNearAPlace_CountsWhatTheWiderRadiusFinds()
    {
        var near = fixture.Search("near=01608&radius=5");
        Assert.True(near.Total < SearchResults.FewResults);
        Assert.Equal(fixture.Search($"near=01608&radius={SearchResults.WiderRadius}").Total, near.WiderTotal);
        Assert.True(near.WiderTotal > near.Total);
        // Without a place, or already that wide, there is nothing wider to count.
        Assert.Equal(0, fixture.Search("near=01608&radius=250").WiderTotal);
        Assert.Equal(0, fixture.Search("condition=grief").WiderTotal);
        // Asked not to (the API shows no ways out), none is worked out.
        var plain = fixture.Search(new SearchQuery { Near = "01608", Radius = 5, WaysOut = false });
        Assert.Equal(near.Total, plain.Total);
        Assert.Equal(0, plain.WiderTotal);
        Assert.NotNull(near.Suggestion);
        Assert.Null(plain.Suggestion);
    }

    [Fact]
    public void Search_Near_IncludesVirtualProgramsLicensedInThatState()
    {
        var results = fixture.Search("near=02139");
        var hit = results.Hits.Single(h => h.Listing.Id == "virtual-ma");
        Assert.True(hit.VirtualInState);
        Assert.Null(hit.DistanceMiles);
        Assert.DoesNotContain("virtual-ny", results.Ids());
    }

    [Fact]
    public void Search_Near_HybridOutOfReachIsExcludedEvenWhenLicensedInState() =>
        Assert.DoesNotContain("hybrid-far", fixture.Search("near=02139&radius=25").Ids());

    [Fact]
    public void Search_NearWithInPersonFormat_DoesNotCountVirtualReach() =>
        Assert.DoesNotContain("virtual-ma", fixture.Search("near=02139&format=in-person").Ids());

    [Fact]
    public void Search_RadiusBoundary_IncludesAtTheRadiusAndExcludesJustInside()
    {
        var origin = ZipTable.Default.Find("02139")!.Point;
        var worcester = ZipTable.Default.Find("01608")!.Point;
        var miles = origin.MilesTo(worcester);
        Assert.Contains("worcester-morning", fixture.Search(new SearchQuery { Near = "02139", Radius = miles + 0.001 }).Ids());
        Assert.DoesNotContain("worcester-morning", fixture.Search(new SearchQuery { Near = "02139", Radius = miles - 0.001 }).Ids());
    }

    [Fact]
    public void Search_ProgramWithTwoSites_MatchesAndMeasuresFromTheNearestSite()
    {
        var hit = fixture.Search("near=02139&radius=10").Hits.Single(h => h.Listing.Id == "two-sites");
        Assert.InRange(hit.DistanceMiles!.Value, 0, 3);
        Assert.False(hit.VirtualInState);
        Assert.DoesNotContain("two-sites", fixture.Search("near=Knoxville, TN&radius=10&condition=depression").Ids());
        Assert.Contains("two-sites", fixture.Search("near=Knoxville, TN&radius=10").Ids());
    }

    [Fact]
    public void Search_SortByDistance_PutsVirtualOnlyMatchesAfterEveryProgramInReach()
    {
        var hits = fixture.Search("near=02139&sort=distance").Hits;
        Assert.Equal("virtual-ma", hits[^1].Listing.Id);
        var distances = hits.Where(h => !h.VirtualInState).Select(h => h.DistanceMiles!.Value).ToList();
        Assert.Equal(distances.Order(), distances);
    }

    [Theory]
    [InlineData("near=99999", "99999")]
    [InlineData("near=Atlantis", "Atlantis")]
    public void Search_UnknownNear_WarnsAndDoesNotFilterByDistance(string query, string place)
    {
        var results = fixture.Search(query);
        Assert.Equal(9, results.Total);
        Assert.Contains(new Notice(NoticeCode.PlaceNotFound, "near", place), results.Warnings);
        Assert.Null(results.Origin);
    }

    [Fact]
    public void Search_NearAsCoordinates_Works() =>
        Assert.Contains("cambridge-dbt", fixture.Search("near=42.3656,-71.104&radius=5").Ids());
}
