using IopFinder.Core.Search;

namespace IopFinder.Core.Tests.Search;

public class FillerWordsTests
{
    [Theory]
    [InlineData("IOP near me", "", true)]
    [InlineData("iop programs nearby", "", true)]
    [InlineData("dbt close to me", "dbt", true)]
    [InlineData("teen IOP in my area", "teen", true)]
    [InlineData("terapia cerca de mí", "terapia", true)]
    [InlineData("programa intensivo ambulatorio cerca", "", true)]
    [InlineData("intensive outpatient program for depression", "for depression", false)]
    [InlineData("Near North Health", "Near North Health", false)]
    [InlineData("nearest dbt", "nearest dbt", false)]
    [InlineData("ptsd", "ptsd", false)]
    public void Strip_TakesOutWordsThatAreNoSearchText(string text, string rest, bool asksNearby)
    {
        Assert.Equal((rest, asksNearby), FillerWords.Strip(text));
    }

    [Theory]
    [InlineData("near me", true)]
    [InlineData("Nearby", true)]
    [InlineData("cerca de mi", true)]
    [InlineData("Chicago", false)]
    [InlineData("", false)]
    public void OnlyAsksNearby_IsTrueForAPlaceThatIsNoPlace(string near, bool expected) =>
        Assert.Equal(expected, FillerWords.OnlyAsksNearby(near));
}
