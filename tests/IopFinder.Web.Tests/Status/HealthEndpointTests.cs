using System.Net;
using System.Text.Json;

namespace IopFinder.Web.Tests.Status;

/// <summary><c>/healthz</c> over HTTP: what a load balancer and a monitor read.</summary>
public class HealthEndpointTests(EmptyCatalogFactory factory) : IClassFixture<EmptyCatalogFactory>
{
    [Fact]
    public async Task Healthz_CatalogWithoutPrograms_IsDegradedButStillServes_AndIsNeverCached()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.True(response.Headers.CacheControl?.NoStore, "a proxy must not answer for the site's health");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Degraded", json.GetProperty("status").GetString());
        Assert.Equal("The catalog lists no program.", json.GetProperty("description").GetString());
        Assert.Equal(0, json.GetProperty("listings").GetInt32());
        Assert.False(json.GetProperty("last_reload_failed").GetBoolean());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("version").GetString()));
    }
}
