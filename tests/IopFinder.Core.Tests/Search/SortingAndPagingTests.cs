using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Tests.Search;

public class SortingAndPagingTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Fact]
    public void Search_SortByName_IsAlphabetical()
    {
        var names = fixture.Search("sort=name").Hits.Select(h => h.Listing.Name).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
    }

    [Fact]
    public void Search_SortByHours_FewestFirstAndUnknownLast()
    {
        var hours = fixture.Search("sort=hours").Hits.Select(h => h.Listing.MinHoursPerWeek).ToList();
        var known = hours.TakeWhile(h => h is not null).Select(h => h!.Value).ToList();
        Assert.Equal(known.Order(), known);
        Assert.All(hours.Skip(known.Count), h => Assert.Null(h));
        Assert.Equal(3, hours[0]);
    }

    [Fact]
    public void Search_RelevanceWithoutWords_SortsByDistanceWhenNearElseByName()
    {
        Assert.Equal(SearchSort.Distance, fixture.Search("near=02139").EffectiveSort);
        Assert.Equal(SearchSort.Name, fixture.Search("").EffectiveSort);
    }

    [Fact]
    public void Search_SortByDistanceWithoutNear_FallsBackToNameWithWarning()
    {
        var results = fixture.Search("sort=distance");
        Assert.Equal(SearchSort.Name, results.EffectiveSort);
        Assert.Contains(new Notice(NoticeCode.DistanceSortNeedsPlace, "sort"), results.Warnings);
    }

    [Fact]
    public void Search_Paging_SplitsTheSameOrderWithoutGapsOrRepeats()
    {
        var all = fixture.Index.Search(new SearchQuery { Sort = SearchSort.Name, Size = 100 }).Ids();
        var pages = Enumerable.Range(1, 4).SelectMany(p => fixture.Index.Search(new SearchQuery { Sort = SearchSort.Name, Size = 2, Page = p }).Ids()).ToList();
        Assert.Equal(all.Take(8), pages);
        var last = fixture.Index.Search(new SearchQuery { Sort = SearchSort.Name, Size = 2, Page = 5 });
        Assert.Single(last.Hits);
        Assert.Equal(5, last.PageCount);
        Assert.Empty(fixture.Index.Search(new SearchQuery { Size = 2, Page = 50 }).Hits);
    }

    [Fact]
    public void Search_BestMatchesWithEqualScores_NearestFirstNotByName()
    {
        // Two programs whose words match alike; the one named first in the alphabet is the farther one.
        using var index = TestCatalog.Index(
            ("far", TestCatalog.FrontMatter("Aaron Far Recovery", "conditions: [substance-use]", TestCatalog.At("01608"))),
            ("near", TestCatalog.FrontMatter("Zenith Near Recovery", "conditions: [substance-use]", TestCatalog.At("02138"))));
        var results = index.Search(new SearchQuery { Text = "recovery", Near = "02139", Radius = 100 });
        Assert.Equal(SearchSort.Relevance, results.EffectiveSort);
        Assert.Equal(["near", "far"], results.Ids());
    }

    [Fact]
    public void Search_EqualDistance_ListingThatAnswersMoreFirst()
    {
        // Same ZIP, so the same distance: the listing that gives insurance, schedule and openings leads.
        using var index = TestCatalog.Index(
            ("bare", TestCatalog.FrontMatter("Aaron Bare IOP", TestCatalog.At("02138"))),
            ("answers", TestCatalog.FrontMatter("Zenith Full IOP", TestCatalog.At("02138"), "insurance: [medicaid]", "accepting_new_patients: true",
                TestCatalog.Schedule(TestCatalog.Track("mon, wed", "17:00", "20:00")))));
        Assert.Equal(["answers", "bare"], index.Search(new SearchQuery { Near = "02139" }).Ids());
        // Without a place the order asked for is the name's.
        Assert.Equal(["bare", "answers"], index.Search(new SearchQuery()).Ids());
    }

    [Fact]
    public void Search_DefaultPageSizeIsTwenty() => Assert.Equal(20, new SearchQuery().Size);
}
