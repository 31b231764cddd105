using IopFinder.Core.Geo;

namespace IopFinder.Core.Tests.Geo;

public class PlaceLookupTests
{
    private static readonly PlaceResolver Places = new(ZipTable.Default);

    [Theory]
    [InlineData("Chicago", "Chicago, IL")]
    [InlineData("chicago", "Chicago, IL")]
    [InlineData("  New   York ", "New York, NY")]
    [InlineData("St. Louis", "Saint Louis, MO")]
    [InlineData("St Paul, MN", "Saint Paul, MN")]
    [InlineData("Springfield, Massachusetts", "Springfield, MA")]
    [InlineData("Portland OR", "Portland, OR")]
    [InlineData("Kansas City, MO", "Kansas City, MO")]
    [InlineData("Salt Lake City", "Salt Lake City, UT")]
    public void Lookup_City_FindsTheLikeliestCity(string text, string label)
    {
        var result = Places.Lookup(text);
        Assert.NotNull(result.Place);
        Assert.Equal(label, result.Place.Label);
        Assert.Equal(label[^2..], result.Place.State);
    }

    [Theory]
    [InlineData("Springfield", "Springfield, IL", "Springfield, MA", "Springfield, MO")]
    [InlineData("Portland", "Portland, OR", "Portland, ME", null)]
    public void Lookup_AmbiguousCity_TakesTheOneWithMostZipsAndOffersTheOthers(string text, string likeliest, string second, string? third)
    {
        var result = Places.Lookup(text);
        Assert.Equal(PlaceIssue.Ambiguous, result.Issue);
        Assert.Equal(likeliest, result.Place?.Label);
        var others = result.Place!.Alternatives.Select(a => a.Label).ToList();
        Assert.Equal(second, others[0]);
        if (third is not null) Assert.Equal(third, others[1]);
        Assert.DoesNotContain(likeliest, others);
        Assert.True(result.Place.Alternatives.Zip(result.Place.Alternatives.Skip(1)).All(p => p.First.ZipCount >= p.Second.ZipCount));
        Assert.InRange(others.Count, 1, new PlaceOptions().MaxAlternatives);
    }

    [Fact]
    public void Lookup_CityOnlyOneStateHas_IsNotAmbiguous()
    {
        var result = Places.Lookup("Chicago");
        Assert.Equal(PlaceIssue.None, result.Issue);
        Assert.Empty(result.Place!.Alternatives);
    }

    [Theory]
    [InlineData("Chicago 60614")]
    [InlineData("60614 Chicago, IL")]
    [InlineData("Chicago, IL 60614")]
    [InlineData("chicago il 60614-1234")]
    [InlineData("Boston 60614")]
    public void Lookup_ZipWithCityWords_TheZipWins(string text)
    {
        var result = Places.Lookup(text);
        Assert.Equal(PlaceIssue.None, result.Issue);
        Assert.Equal("60614 (Chicago, IL)", result.Place?.Label);
        Assert.Equal(ZipTable.Default.Find("60614")!.Point, result.Place!.Point);
    }

    [Theory]
    [InlineData("", PlaceIssue.Empty)]
    [InlineData("   ", PlaceIssue.Empty)]
    [InlineData("99999", PlaceIssue.ZipNotFound)]
    [InlineData("Chicago 99999", PlaceIssue.ZipNotFound)]
    [InlineData("Atlantis, ZZ", PlaceIssue.NotFound)]
    [InlineData("Xyzzyville", PlaceIssue.NotFound)]
    [InlineData("<script>alert(1)</script>", PlaceIssue.NotFound)]
    [InlineData("\"><img src=x onerror=alert(1)>", PlaceIssue.NotFound)]
    [InlineData("Robert'); DROP TABLE places;--", PlaceIssue.NotFound)]
    [InlineData("91,-71", PlaceIssue.OutOfRange)]
    [InlineData("-90.5, 10", PlaceIssue.OutOfRange)]
    [InlineData("42,-181", PlaceIssue.OutOfRange)]
    [InlineData("999,999", PlaceIssue.OutOfRange)]
    public void Lookup_BadPlace_FailsWithAReason(string text, PlaceIssue issue)
    {
        var result = Places.Lookup(text);
        Assert.Null(result.Place);
        Assert.Equal(issue, result.Issue);
    }

    [Theory]
    [InlineData('a')]
    [InlineData('9')]
    [InlineData('<')]
    public void Lookup_TenThousandCharacters_IsTooLong(char c)
    {
        var result = Places.Lookup(new string(c, 10_000));
        Assert.Equal((null, PlaceIssue.TooLong), (result.Place, result.Issue));
        Assert.Equal(PlaceIssue.TooLong, Places.Lookup(string.Concat(Enumerable.Repeat("<script>", 1250))).Issue);
    }

    [Fact]
    public void Lookup_Null_IsEmpty() => Assert.Equal(PlaceIssue.Empty, Places.Lookup(null).Issue);

    [Theory]
    [InlineData(42.35, -70.55)]      // Massachusetts Bay, 15 miles off Boston's harbour islands
    [InlineData(30, -40)]            // mid-Atlantic
    [InlineData(42.5, -87.2)]        // Lake Michigan, 20 miles offshore
    [InlineData(43.6532, -79.3832)]  // Toronto
    [InlineData(45.5019, -73.5674)]  // Montreal
    [InlineData(49.2827, -123.1207)] // Vancouver
    [InlineData(32.49, -116.99)]     // Tijuana, 3 miles south of the line
    [InlineData(25.6866, -100.3161)] // Monterrey
    public void Lookup_CoordinateInNoState_KeepsThePointWithoutAState(double lat, double lon)
    {
        var result = Places.Lookup(FormattableString.Invariant($"{lat}, {lon}"));
        Assert.Equal(PlaceIssue.OutsideUnitedStates, result.Issue);
        Assert.NotNull(result.Place);
        Assert.Equal(new GeoPoint(lat, lon), result.Place.Point);
        Assert.Null(result.Place.State);
        Assert.Null(result.Place.County);
    }

    [Theory]
    [InlineData(42.3656, -71.104, "MA", "25017", "Middlesex")]     // Cambridge
    [InlineData(25.7907, -80.1300, "FL", "12086", "Miami-Dade")]   // Miami Beach, on a barrier island
    [InlineData(21.3069, -157.8583, "HI", "15003", "Honolulu")]
    [InlineData(61.2181, -149.9003, "AK", "02020", "Anchorage")]
    [InlineData(18.4655, -66.1057, "PR", "72127", "San Juan")]
    public void Lookup_Coordinate_TakesStateAndCountyFromTheOutlines(double lat, double lon, string state, string fips, string county)
    {
        var result = Places.Lookup(FormattableString.Invariant($"{lat},{lon}"));
        Assert.Equal(PlaceIssue.None, result.Issue);
        Assert.Equal(state, result.Place?.State);
        Assert.Equal((fips, county, state), (result.Place?.County?.Fips, result.Place?.County?.Name, result.Place?.County?.State));
    }
}
