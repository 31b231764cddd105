using IopFinder.Core.Geo;
using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;

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
    public void Search_FewResultsNearAPlace_WidensStepByStep_EachStepFindingMore()
    {
        var near = fixture.Search("near=01608&radius=5");
        Assert.True(near.Total < SearchResults.FewResults);
        Assert.NotEmpty(near.Wider);
        // Each step is a radius of the ladder, wider than the one before and finding more, with the count that search has.
        var before = (Radius: 5.0, Total: near.Total);
        foreach (var step in near.Wider)
        {
            Assert.Contains(step.Radius, SearchResults.WiderRadii);
            Assert.True(step.Radius > before.Radius && step.Total > before.Total);
            Assert.Equal(fixture.Search($"near=01608&radius={step.Radius}").Total, step.Total);
            before = (step.Radius, step.Total);
        }
        // A step that finds no more than the one before is left out.
        foreach (var radius in SearchResults.WiderRadii.Where(r => near.Wider.All(s => s.Radius != r)))
        {
            var below = near.Wider.Where(s => s.Radius < radius).Select(s => s.Total).DefaultIfEmpty(near.Total).Max();
            Assert.True(fixture.Search($"near=01608&radius={radius}").Total <= below);
        }
        // Without a place, or already that wide, there is nothing wider to count.
        Assert.Empty(fixture.Search("near=01608&radius=250").Wider);
        Assert.Empty(fixture.Search("condition=grief").Wider);
        // Asked not to (the API shows no ways out), none is worked out.
        var plain = fixture.Search(new SearchQuery { Near = "01608", Radius = 5, WaysOut = false });
        Assert.Equal(near.Total, plain.Total);
        Assert.Empty(plain.Wider);
        Assert.NotNull(near.Suggestion);
        Assert.Null(plain.Suggestion);
    }

    [Fact]
    public void Search_FewVirtualResultsNearAPlace_CountsTheStatesTelehealthPrograms()
    {
        // Miles City, MT: the only telehealth program is in Kalispell, 450 miles west, in the same state.
        using var index = TestCatalog.Index(
            ("kalispell", TestCatalog.FrontMatter("Flathead Telehealth IOP", "formats: [in-person, virtual]", TestCatalog.At("59901"))),
            ("billings", TestCatalog.FrontMatter("Yellowstone IOP", "formats: [in-person]", TestCatalog.At("59101"))),
            ("bismarck", TestCatalog.FrontMatter("Dakota Telehealth IOP", "formats: [in-person, virtual]", TestCatalog.At("58501"))));
        var results = index.Search(new SearchQuery { Near = "59301", Terms = new Dictionary<string, IReadOnlyList<string>> { ["format"] = ["virtual"] } });
        Assert.Equal(0, results.Total);
        Assert.Equal(new StateTotal("MT", 1), results.VirtualInState);
        // Not asked for virtual care: not offered.
        Assert.Null(index.Search(new SearchQuery { Near = "59301" }).VirtualInState);
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
