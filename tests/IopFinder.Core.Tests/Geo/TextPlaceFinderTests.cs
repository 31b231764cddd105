using IopFinder.Core.Geo;

namespace IopFinder.Core.Tests.Geo;

public class TextPlaceFinderTests
{
    private static readonly TextPlaceFinder Finder = new(ZipTable.Default);

    [Theory]
    [InlineData("dbt 60614", "60614", "IL", "dbt")]
    [InlineData("60614", "60614", "IL", "")]
    [InlineData("dbt Chicago 60614", "60614", "IL", "dbt")]
    [InlineData("Chicago, IL 60614 evening dbt", "60614", "IL", "evening dbt")]
    [InlineData("dbt 60614 Chicago, IL", "60614", "IL", "dbt")]
    [InlineData("teen  02139, dbt", "02139", "MA", "teen dbt")]
    [InlineData("depression Chicago, IL", "Chicago, IL", "IL", "depression")]
    [InlineData("depression chicago, il", "Chicago, IL", "IL", "depression")]
    [InlineData("teen dbt new york, ny evenings", "New York, NY", "NY", "teen dbt evenings")]
    [InlineData("anxiety Salt Lake City, UT", "Salt Lake City, UT", "UT", "anxiety")]
    public void Find_PlaceInTheWords_TakesItOut(string text, string near, string state, string rest)
    {
        var found = Finder.Find(text);
        Assert.NotNull(found);
        Assert.Equal((near, state, rest), (found.Near, found.Place.State, found.Rest));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("dbt for teens")]
    [InlineData("depression in Chicago")]      // no "City, ST": left as words
    [InlineData("anxiety, in groups")]          // IN is a state, but no city "anxiety" there
    [InlineData("therapy, or counseling")]
    [InlineData("99999 dbt")]                   // not a ZIP the table knows
    [InlineData("60614 02139")]                 // two ZIPs: which one is meant is unclear
    [InlineData("1234 dbt 123456")]
    [InlineData("<script>60614</script>")]
    public void Find_NoClearPlace_IsNull(string? text) => Assert.Null(Finder.Find(text));

    [Fact]
    public void Find_TenThousandCharacters_DoesNotThrow()
    {
        Assert.Null(Finder.Find(string.Concat(Enumerable.Repeat("<script> ", 1200))));
        Assert.Equal("60614", Finder.Find(new string('a', 10_000) + " 60614")?.Near);
    }
}
