using System.Text.Json;

namespace IopFinder.Web.Tests.Search;

/// <summary><c>/api/programs</c> reads the query string as the search form sends it: a repeated parameter means any of its values.</summary>
public class SearchApiBindingTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private async Task<(int Total, List<string> Ids)> Search(string query)
    {
        var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/programs?size=100&" + query)).RootElement;
        return (json.GetProperty("total").GetInt32(), [.. json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!)]);
    }

    [Theory]
    [InlineData("condition", "depression", "ptsd")]
    [InlineData("insurance", "medicaid", "medicare")]
    [InlineData("format", "in-person", "virtual")]
    public async Task RepeatedParameter_MeansAnyOfItsValues_LikeACommaSeparatedOne(string name, string first, string second)
    {
        var (oneTotal, oneIds) = await Search($"{name}={first}");
        var (otherTotal, otherIds) = await Search($"{name}={second}");
        var (bothTotal, bothIds) = await Search($"{name}={first}&{name}={second}");
        Assert.True(oneTotal > 0 && otherTotal > 0, $"the example catalog has programs for {first} and for {second}");
        Assert.Equal(oneIds.Union(otherIds).Order(), bothIds.Order());
        Assert.True(bothTotal > Math.Min(oneTotal, otherTotal));
        var (commaTotal, commaIds) = await Search($"{name}={first},{second}");
        Assert.Equal(bothTotal, commaTotal);
        Assert.Equal(bothIds, commaIds);
    }
}
