using IopFinder.Core.Geo;

namespace IopFinder.Core.Tests.Geo;

/// <summary>A state typed as the place (SPEC section 2) is the state, except where a big city has its name.</summary>
public class StatePlaceTests
{
    private static readonly PlaceResolver Places = new(ZipTable.Default);

    [Theory]
    [InlineData("Ohio", "OH", "Ohio")]
    [InlineData("ohio", "OH", "Ohio")]
    [InlineData("OH", "OH", "Ohio")]
    [InlineData("Texas", "TX", "Texas")]
    [InlineData("tx", "TX", "Texas")]
    [InlineData("NY", "NY", "New York")]
    [InlineData("new york state", "NY", "New York")]
    [InlineData("State of New York", "NY", "New York")]
    [InlineData("Washington state", "WA", "Washington")]
    [InlineData("West Virginia", "WV", "West Virginia")]
    [InlineData("Indiana", "IN", "Indiana")] // not Indiana, PA
    public void Lookup_StateNameOrCode_IsTheWholeState(string text, string code, string name)
    {
        var result = Places.Lookup(text);
        Assert.Equal(PlaceIssue.None, result.Issue);
        Assert.True(result.Place?.IsState, $"{text} → {result.Place?.Label}");
        Assert.Equal(code, result.Place!.State);
        Assert.Equal(name, result.Place.Label);
        Assert.Equal(code, UsOutlinesState(result.Place.Point) ?? code);
    }

    [Theory]
    [InlineData("New York", "New York, NY", "NY")]
    [InlineData("Washington", "Washington, DC", "WA")]
    public void Lookup_BigCityWithAStatesName_IsTheCity_AndOffersTheState(string text, string label, string state)
    {
        var place = Places.Resolve(text);
        Assert.False(place?.IsState);
        Assert.Equal(label, place!.Label);
        Assert.Equal(state, place.OtherState);
    }

    [Theory]
    [InlineData("New York, NY")]
    [InlineData("Chicago")]
    [InlineData("Portland, OR")]
    public void Lookup_City_OffersNoState(string text)
    {
        var place = Places.Resolve(text);
        Assert.False(place?.IsState);
        Assert.Null(place!.OtherState);
    }

    private static string? UsOutlinesState(GeoPoint point) => IopFinder.Core.Geo.Outlines.UsOutlines.Default.StateAt(point);
}
