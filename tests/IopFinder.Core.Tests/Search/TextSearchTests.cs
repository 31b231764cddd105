using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Search;

public class TextSearchTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("post-traumatic stress", "virtual-ma")]
    [InlineData("trauma", "virtual-ma")]
    [InlineData("dialectical", "cambridge-dbt")]
    [InlineData("dialectical behavior therapy", "cambridge-dbt")]
    [InlineData("teens", "cambridge-dbt")]
    [InlineData("telehealth", "virtual-ma")]
    [InlineData("alcohol", "two-sites")]
    public void Search_TaxonomySynonymsFindTerms(string q, string expected) =>
        Assert.Contains(expected, fixture.Search(new SearchQuery { Text = q }).Ids());

    [Theory]
    [InlineData("depresion", "worcester-morning")]
    [InlineData("anxeity", "boston-evening")]
    [InlineData("dialectcal", "cambridge-dbt")]
    [InlineData("worcest", "worcester-morning")]
    public void Search_ToleratesTyposAndPrefixes(string q, string expected) =>
        Assert.Contains(expected, fixture.Search(new SearchQuery { Text = q }).Ids());

    [Fact]
    public void Search_ExactMatchesOutrankTypoMatches()
    {
        var ids = fixture.Search(new SearchQuery { Text = "harbor" }).Ids();
        Assert.Equal("boston-evening", ids[0]);
    }

    [Fact]
    public void Search_NameMatchOutranksSingleBodyMention()
    {
        var ids = fixture.Search(new SearchQuery { Text = "depression" }).Ids().ToList();
        Assert.True(ids.IndexOf("depression-name") < ids.IndexOf("body-mention"), string.Join(", ", ids));
    }

    [Fact]
    public void Search_AllWordsMustMatch()
    {
        var ids = fixture.Search(new SearchQuery { Text = "evening depression" }).Ids();
        Assert.Equal(["boston-evening"], ids);
    }

    [Fact]
    public void Search_NoListingHasEveryWord_FallsBackToAnyWordWithWarning()
    {
        var results = fixture.Search(new SearchQuery { Text = "dialectical zzzqqq" });
        Assert.Contains("cambridge-dbt", results.Ids());
        Assert.Contains(new Notice(NoticeCode.SomeWordsOnly, "q"), results.Warnings);
    }

    [Theory]
    [InlineData("depression AND (")]
    [InlineData("name:harbor*")]
    [InlineData("\"unclosed")]
    [InlineData("~!@#$%^&*()[]{}\\/")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("депрессия 抑郁 😢")]
    public void Search_QuerySyntaxIsPlainText_NeverThrows(string q)
    {
        var results = fixture.Search(new SearchQuery { Text = q });
        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void Search_StopWordsOnly_ActsAsNoText() =>
        Assert.Equal(9, fixture.Search(new SearchQuery { Text = "the and of" }).Total);
}
