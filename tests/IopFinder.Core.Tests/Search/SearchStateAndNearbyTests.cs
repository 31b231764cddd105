using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Tests.Search;

/// <summary>A state as the place is the state filter; "near me" asks for a place and is no search text.</summary>
public class SearchStateAndNearbyTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("Massachusetts")]
    [InlineData("MA")]
    [InlineData("ma")]
    [InlineData("state of Massachusetts")]
    public void Search_NearAState_FindsThatStatesProgramsWithoutDistance(string near)
    {
        var results = fixture.Search(new SearchQuery { Near = near });

        Assert.Null(results.Origin);
        Assert.Equal(["MA"], results.Query.TermsOf("state"));
        Assert.Equal("", results.Query.Near);
        Assert.Contains(new Notice(NoticeCode.PlaceIsState, "state", "MA"), results.Warnings);
        Assert.Equal(fixture.Search("state=MA").Ids(), results.Ids());
        Assert.All(results.Hits, h => Assert.Null(h.DistanceMiles));
        Assert.DoesNotContain("depression-name", results.Ids()); // Knoxville, TN
    }

    [Fact]
    public void Search_BigCityWithAStatesName_MeasuresFromTheCityAndOffersTheState()
    {
        var results = fixture.Search(new SearchQuery { Near = "New York" });

        Assert.Equal("New York, NY", results.Origin?.Label);
        Assert.Contains(new Notice(NoticeCode.PlaceAlsoState, "near", "New York, NY", Hint: "NY"), results.Warnings);
    }

    [Theory]
    [InlineData("IOP near me", "")]
    [InlineData("depression nearby", "depression")]
    [InlineData("depresión cerca de mí", "depresión")]
    public void Search_NearMeWithoutAPlace_AsksForOneAndSearchesTheOtherWords(string words, string rest)
    {
        var results = fixture.Search(new SearchQuery { Text = words });

        Assert.Equal(rest, results.Query.Text);
        Assert.Contains(results.Warnings, w => w.Code == NoticeCode.PlaceNeeded);
        Assert.Equal(fixture.Search(new SearchQuery { Text = rest }).Ids(), results.Ids());
    }

    [Theory]
    [InlineData("near me")]
    [InlineData("cerca de mí")]
    public void Search_NearMeAsThePlace_AsksForAPlaceInsteadOfSayingItWasNotFound(string near)
    {
        var results = fixture.Search(new SearchQuery { Near = near });

        Assert.Equal("", results.Query.Near);
        Assert.Contains(results.Warnings, w => w.Code == NoticeCode.PlaceNeeded);
        Assert.DoesNotContain(results.Warnings, w => w.Code == NoticeCode.PlaceNotFound);
    }

    [Fact]
    public void Search_NearMeWithAPlace_MeasuresFromThePlaceWithoutAsking()
    {
        var results = fixture.Search(new SearchQuery { Text = "dbt near me", Near = "02139" });

        Assert.Equal("dbt", results.Query.Text);
        Assert.NotNull(results.Origin);
        Assert.DoesNotContain(results.Warnings, w => w.Code == NoticeCode.PlaceNeeded);
    }
}
