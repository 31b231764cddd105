using System.Text.Json;

namespace IopFinder.Web.Tests.Confirmation;

/// <summary>The JSON API gives each listing's confirmation state, filters and counts <c>confirmed=true</c>, and reads stale openings as null.</summary>
public class BadgeApiTests(BadgeCatalogFactory factory) : IClassFixture<BadgeCatalogFactory>
{
    private async Task<JsonElement> Json(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Theory]
    [InlineData(BadgeCatalogFactory.Confirmed, "current", "2026-11-01", "program")]
    [InlineData(BadgeCatalogFactory.Checked, "current", "2026-10-01", "maintainer")]
    [InlineData(BadgeCatalogFactory.Lapsed, "lapsed", "2026-08-01", "program")]
    [InlineData(BadgeCatalogFactory.Never, "never", null, null)]
    public async Task ProgramDetail_CarriesTheConfirmationState(string id, string state, string? date, string? by)
    {
        var confirmation = (await Json($"/api/programs/{id}")).GetProperty("confirmation");

        Assert.Equal(state, confirmation.GetProperty("state").GetString());
        Assert.Equal(date, confirmation.GetProperty("date").GetString());
        Assert.Equal(by, confirmation.GetProperty("by").GetString());
    }

    [Fact]
    public async Task ProgramDetail_OpeningsOlderThan30Days_ReadAsNull_WithTheirDateKept()
    {
        var json = await Json($"/api/programs/{BadgeCatalogFactory.Lapsed}");

        Assert.Equal(JsonValueKind.Null, json.GetProperty("accepting_new_patients").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("waitlist_weeks").ValueKind);
        Assert.Equal("2026-10-01", json.GetProperty("openings_updated").GetString());
        Assert.Equal("2026-08-01", json.GetProperty("confirmed").GetProperty("date").GetString());
    }

    [Theory]
    [InlineData(BadgeCatalogFactory.Confirmed, true)]
    [InlineData(BadgeCatalogFactory.Undated, false)]
    public async Task ProgramDetail_CurrentOrUndatedOpenings_StandAsWritten(string id, bool accepting)
    {
        Assert.Equal(accepting, (await Json($"/api/programs/{id}")).GetProperty("accepting_new_patients").GetBoolean());
    }

    [Fact]
    public async Task Search_ConfirmedTrue_KeepsTheCurrentConfirmations()
    {
        var json = await Json("/api/programs?confirmed=true&include_unknown=true");

        var ids = json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal([BadgeCatalogFactory.Checked, BadgeCatalogFactory.Confirmed], ids);
        Assert.Equal(0, json.GetProperty("unknown_total").GetInt32());
        Assert.All(json.GetProperty("results").EnumerateArray(), r => Assert.Equal("current", r.GetProperty("confirmation").GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Search_Facets_CountTheCurrentConfirmations()
    {
        var json = await Json("/api/programs?condition=depression");

        Assert.Equal(2, json.GetProperty("facets").GetProperty("confirmed").GetProperty("true").GetInt32());
    }

    [Fact]
    public async Task Search_AcceptingTrue_StaleOpeningsDoNotSay()
    {
        var json = await Json("/api/programs?accepting=true&include_unknown=true");
        var results = json.GetProperty("results").EnumerateArray().ToList();

        var matched = results.Where(r => r.GetProperty("unknown").GetArrayLength() == 0).Select(r => r.GetProperty("id").GetString());
        Assert.Equal([BadgeCatalogFactory.Confirmed], matched);
        var lapsed = results.Single(r => r.GetProperty("id").GetString() == BadgeCatalogFactory.Lapsed);
        Assert.Equal(["accepting"], lapsed.GetProperty("unknown").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(JsonValueKind.Null, lapsed.GetProperty("accepting_new_patients").ValueKind);
    }

    [Fact]
    public async Task OpenApi_DescribesTheConfirmedParameter_AndTheConfirmationState()
    {
        var doc = await Json("/openapi/v1.json");

        var parameters = doc.GetProperty("paths").GetProperty("/api/programs").GetProperty("get").GetProperty("parameters").EnumerateArray();
        var confirmed = parameters.Single(p => p.GetProperty("name").GetString() == "confirmed");
        Assert.Contains("90 days", confirmed.GetProperty("description").GetString());
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("ProgramDetailDto").GetProperty("properties").TryGetProperty("confirmation", out _));
        Assert.True(schemas.GetProperty("ProgramSummaryDto").GetProperty("properties").TryGetProperty("confirmation", out _));
    }
}
