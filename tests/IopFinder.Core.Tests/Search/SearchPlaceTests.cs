using IopFinder.Core.Geo;
using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Tests.Search;

public class SearchPlaceTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("dbt 02139", "02139", "dbt")]
    [InlineData("02139 dbt", "02139", "dbt")]
    [InlineData("dbt Cambridge 02139", "02139", "dbt")]
    [InlineData("dbt Cambridge, MA", "Cambridge, MA", "dbt")]
    [InlineData("02139", "02139", "")]
    public void Search_PlaceTypedAmongTheWords_IsSearchedNearAndLeavesTheWords(string words, string near, string rest)
    {
        var results = fixture.Search(new SearchQuery { Text = words });

        Assert.Equal((near, rest), (results.Query.Near, results.Query.Text));
        Assert.NotNull(results.Origin);
        Assert.Contains(new Notice(NoticeCode.PlaceFromWords, SearchParameters.Text, near), results.Warnings);
        Assert.Equal(fixture.Search(new SearchQuery { Text = rest, Near = near }).Ids(), results.Ids());
        Assert.DoesNotContain("worcester-morning", results.Ids());
    }

    [Fact]
    public void Search_PlaceAmongTheWordsWithAPlaceGiven_StaysWords()
    {
        var results = fixture.Search(new SearchQuery { Text = "dbt 02139", Near = "01608" });
        Assert.Equal(("01608", "dbt 02139"), (results.Query.Near, results.Query.Text));
        Assert.DoesNotContain(results.Warnings, w => w.Code == NoticeCode.PlaceFromWords);
    }

    [Fact]
    public void Search_AmbiguousCity_MeasuresFromTheLikeliestAndNamesTheOthers()
    {
        var results = fixture.Search(new SearchQuery { Near = "Portland" });

        Assert.Equal(("Portland, OR", "OR"), (results.Origin?.Label, results.Origin?.State));
        Assert.Equal(PlaceIssue.Ambiguous, results.Place?.Issue);
        var warning = Assert.Single(results.Warnings, w => w.Code == NoticeCode.PlaceAmbiguous);
        Assert.Equal("Portland, OR", warning.Value);
        Assert.Equal("Portland, ME", warning.Choices[0]);
        Assert.Equal(results.Place!.Place!.Alternatives.Select(a => a.Label), warning.Choices);
    }

    [Fact]
    public void Search_FoundPlace_SaysNothing()
    {
        var results = fixture.Search(new SearchQuery { Near = "Cambridge, MA" });
        Assert.Equal(PlaceIssue.None, results.Place?.Issue);
        Assert.Empty(results.Warnings);
    }

    [Theory]
    [InlineData("30,-40", NoticeCode.PlaceOutsideUnitedStates, PlaceIssue.OutsideUnitedStates)]      // mid-Atlantic
    [InlineData("42.35,-70.55", NoticeCode.PlaceOutsideUnitedStates, PlaceIssue.OutsideUnitedStates)] // Massachusetts Bay
    [InlineData("43.6532,-79.3832", NoticeCode.PlaceOutsideUnitedStates, PlaceIssue.OutsideUnitedStates)] // Toronto
    [InlineData("91,-71", NoticeCode.PlaceOutOfRange, PlaceIssue.OutOfRange)]
    [InlineData("42.36,-181", NoticeCode.PlaceOutOfRange, PlaceIssue.OutOfRange)]
    [InlineData("Xyzzyville", NoticeCode.PlaceNotFound, PlaceIssue.NotFound)]
    [InlineData("<script>alert(1)</script>", NoticeCode.PlaceNotFound, PlaceIssue.NotFound)]
    [InlineData("99999", NoticeCode.PlaceNotFound, PlaceIssue.ZipNotFound)]
    public void Search_UnusablePlace_WarnsAndDoesNotLimitByDistance(string near, NoticeCode code, PlaceIssue issue)
    {
        var results = fixture.Search(new SearchQuery { Near = near });

        Assert.Null(results.Origin);
        Assert.Equal(issue, results.Place?.Issue);
        Assert.Equal(new Notice(code, "near", Notice.Shorten(near)), Assert.Single(results.Warnings));
        Assert.Equal(fixture.Search(new SearchQuery()).Total, results.Total);
        Assert.All(results.Hits, h => Assert.Null(h.DistanceMiles));
    }

    [Fact]
    public void Search_TenThousandCharacterPlace_WarnsWithTheStartOfIt()
    {
        var results = fixture.Search(new SearchQuery { Near = new string('a', 10_000) });
        Assert.Null(results.Origin);
        var warning = Assert.Single(results.Warnings);
        Assert.Equal(NoticeCode.PlaceNotFound, warning.Code);
        Assert.Equal(41, warning.Value.Length);
    }
}
