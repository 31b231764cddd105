using System.Net;
using System.Text.Json;

namespace IopFinder.Web.Tests.Search;

public class ApiTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private async Task<(HttpStatusCode Status, JsonElement Json)> Get(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(response.IsSuccessStatusCode ? "application/json; charset=utf-8" : "application/problem+json", response.Content.Headers.ContentType?.ToString());
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task Programs_HasTheSpecShape()
    {
        var (status, json) = await Get("/api/programs?near=02139&condition=depression&size=5");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("total").GetInt32() >= 3);
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(5, json.GetProperty("size").GetInt32());
        var first = json.GetProperty("results")[0];
        foreach (var key in new[] { "id", "name", "url", "distance_miles", "virtual_in_state", "formats", "conditions", "insurance", "hours_per_week" })
        {
            Assert.True(first.TryGetProperty(key, out _), key);
        }
        Assert.Equal("/programs/" + first.GetProperty("id").GetString(), first.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Number, first.GetProperty("distance_miles").ValueKind);
        var facets = json.GetProperty("facets");
        Assert.Equal(json.GetProperty("total").GetInt32(), facets.GetProperty("condition").GetProperty("depression").GetInt32());
        Assert.True(facets.GetProperty("insurance").TryGetProperty("medicaid", out _));
        Assert.Equal(0, json.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task Programs_WithoutNear_HasNullDistance()
    {
        var (_, json) = await Get("/api/programs?size=1");
        Assert.Equal(JsonValueKind.Null, json.GetProperty("results")[0].GetProperty("distance_miles").ValueKind);
    }

    [Fact]
    public async Task Programs_UnknownZip_IsAWarningNotAnError()
    {
        var (status, json) = await Get("/api/programs?near=99999");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ZIP 99999 not found, so results are not limited by distance.", json.GetProperty("warnings")[0].GetString());
    }

    [Theory]
    [InlineData("max_hours=abc")]
    [InlineData("radius=-5")]
    [InlineData("size=101")]
    [InlineData("page=0")]
    [InlineData("sort=cheapest")]
    [InlineData("accepting=perhaps")]
    [InlineData("radius=NaN")]
    public async Task Programs_MalformedParameter_Is400WithMessage(string query)
    {
        var (status, json) = await Get("/api/programs?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var parameter = query.Split('=')[0];
        Assert.NotEmpty(json.GetProperty("errors").GetProperty(parameter)[0].GetString()!);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ProgramById_ReturnsWholeListing()
    {
        var (status, json) = await Get("/api/programs/harborview-example-iop");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Harborview Example IOP", json.GetProperty("name").GetString());
        var track = json.GetProperty("schedule")[1];
        Assert.Equal("evening", track.GetProperty("time_of_day").GetString());
        Assert.Equal(9, track.GetProperty("hours_per_week").GetDouble());
        Assert.Equal("02139", json.GetProperty("locations")[0].GetProperty("zip").GetString());
        Assert.Equal("617-555-0100", json.GetProperty("contact").GetProperty("phone").GetString());
    }

    [Fact]
    public async Task ProgramById_Unknown_Is404()
    {
        var (status, json) = await Get("/api/programs/nope");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("nope", json.GetProperty("detail").GetString());
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }
}
