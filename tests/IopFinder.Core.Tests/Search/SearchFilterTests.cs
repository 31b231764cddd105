using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;
using IopFinder.Core.Common;

namespace IopFinder.Core.Tests.Search;

public class SearchFilterTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private IReadOnlyList<string> Ids(string query) => fixture.Search(query).Ids().Order().ToList();

    [Fact]
    public void Search_WithoutFilters_ReturnsEveryListing() => Assert.Equal(9, fixture.Search("").Total);

    [Theory]
    [InlineData("condition=ptsd", "virtual-ma")]
    [InlineData("condition=ptsd&condition=self-harm", "cambridge-dbt,virtual-ma")]
    [InlineData("condition=ptsd,self-harm", "cambridge-dbt,virtual-ma")]
    [InlineData("modality=dbt", "cambridge-dbt")]
    [InlineData("modality=group-therapy&modality=dbt", "cambridge-dbt,worcester-morning")]
    [InlineData("insurance=medicare", "worcester-morning")]
    [InlineData("age=adolescents", "cambridge-dbt")]
    [InlineData("language=es", "cambridge-dbt")]
    [InlineData("accreditation=joint-commission", "cambridge-dbt")]
    [InlineData("feature=family-involvement", "cambridge-dbt")]
    [InlineData("format=hybrid", "hybrid-far")]
    [InlineData("format=virtual&format=hybrid", "hybrid-far,virtual-ma,virtual-ny")]
    [InlineData("accepting=true", "cambridge-dbt,virtual-ma")]
    [InlineData("condition=depression&insurance=medicaid", "virtual-ma,worcester-morning")]
    [InlineData("condition=depression&insurance=medicaid&format=in-person", "worcester-morning")]
    public void Search_TermFilters_AnyOfWithinAndAllAcross(string query, string expected) =>
        Assert.Equal(expected.Split(','), Ids(query));

    [Theory]
    [InlineData("time=morning", "hybrid-far,two-sites,worcester-morning")]
    [InlineData("time=afternoon", "cambridge-dbt")]
    [InlineData("time=evening", "boston-evening,virtual-ma")]
    [InlineData("time=afternoon&time=evening", "boston-evening,cambridge-dbt,virtual-ma")]
    [InlineData("day=sat", "hybrid-far,two-sites")]
    [InlineData("day=mon&day=wed", "cambridge-dbt")]
    [InlineData("max_hours=9", "cambridge-dbt,hybrid-far,two-sites,virtual-ma")]
    [InlineData("max_hours=5", "hybrid-far,two-sites")]
    public void Search_ScheduleFilters(string query, string expected) => Assert.Equal(expected.Split(','), Ids(query));

    [Fact]
    public void Search_ScheduleFilters_MustBeMetByOneTrack()
    {
        // two-sites' Saturday track (10:00-13:00) is in the morning, on Saturday only, and 3 hours a week.
        Assert.Contains("two-sites", Ids("time=morning&day=sat&max_hours=3"));
        // No single track is both in the evening and on Saturday.
        Assert.DoesNotContain("two-sites", Ids("time=evening&day=sat"));
        Assert.Empty(Ids("time=afternoon&day=sat"));
    }

    [Fact]
    public void Search_ListingWithoutSchedule_FailsScheduleFilters()
    {
        Assert.DoesNotContain("virtual-ny", Ids("time=morning&time=afternoon&time=evening"));
        Assert.DoesNotContain("virtual-ny", Ids("max_hours=40"));
    }

    [Fact]
    public void Search_UnknownFilterValue_IsIgnoredWithWarning()
    {
        var parsed = new IopFinder.Core.Search.SearchQueryParser(TestCatalog.Taxonomy).Parse([new("condition", "depresion")]);
        Assert.Empty(parsed.Query.Terms);
        Assert.Equal(new Notice(NoticeCode.UnknownValue, "condition", "depresion", "depression"), Assert.Single(parsed.Warnings));
    }
}
