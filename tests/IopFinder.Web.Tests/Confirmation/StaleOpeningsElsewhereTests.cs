using System.Net;
using System.Text.Json;
using IopFinder.Web.Hsds;

namespace IopFinder.Web.Tests.Confirmation;

/// <summary>Openings older than 30 days say nothing in the program page's JSON-LD and in HSDS either; current ones still do.</summary>
public class StaleOpeningsElsewhereTests(BadgeCatalogFactory factory) : IClassFixture<BadgeCatalogFactory>
{
    private async Task<string> Text(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData(BadgeCatalogFactory.Confirmed, true)]
    [InlineData(BadgeCatalogFactory.Lapsed, false)]
    public async Task JsonLd_SaysAcceptingOnlyWhileTheOpeningsStand(string id, bool says)
    {
        var html = await Text($"/programs/{id}");

        Assert.Equal(says, html.Contains("\"isAcceptingNewPatients\":true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hsds_CurrentOpenings_GiveTheWait()
    {
        Assert.Contains("about 2 weeks", await ApplicationProcess(BadgeCatalogFactory.Confirmed));
    }

    [Fact]
    public async Task Hsds_StaleOpenings_GiveNoWait()
    {
        Assert.DoesNotContain("wait", await ApplicationProcess(BadgeCatalogFactory.Lapsed), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> ApplicationProcess(string id)
    {
        var service = JsonDocument.Parse(await Text($"/hsds/services/{HsdsIds.Service(id)}")).RootElement;
        return service.TryGetProperty("application_process", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
    }
}
