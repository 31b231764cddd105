using System.Net;
using System.Text.Json;
using IopFinder.Core.Filtering;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Shared;

/// <summary>A site whose catalog breaks on every request, to see what an unexpected failure looks like.</summary>
public sealed class FailingFactory : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddScoped<CatalogSnapshot>(_ => throw new InvalidOperationException("secret stack detail")));
    }
}

/// <summary>The API documents itself (OpenAPI), answers every error as RFC 9457 problem details, and reports its health.</summary>
public class InteropTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private async Task<(HttpResponseMessage Response, JsonElement Json)> Get(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Theory]
    [InlineData("/api/programs?max_hours=lots", 400)]
    [InlineData("/api/programs?size=0&sort=cheapest", 400)]
    [InlineData("/api/compare?insurance=medicaid", 400)]
    [InlineData("/api/compare?ids=a,b,c,d,e,f,g", 400)]
    [InlineData("/api/programs/no-such-program", 404)]
    [InlineData("/api/compare?ids=no-such-program", 404)]
    [InlineData("/api/nothing-here", 404)]
    public async Task EveryError_IsProblemDetails(string url, int status)
    {
        var (response, json) = await Get(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("title").GetString()));
        if (status == 400) Assert.Equal(JsonValueKind.Object, json.GetProperty("errors").ValueKind);
    }

    [Fact]
    public async Task BadRequest_NamesEachParameterItsMessagesBelongTo()
    {
        var (_, json) = await Get("/api/programs?max_hours=lots&sort=cheapest");
        var errors = json.GetProperty("errors");
        Assert.Contains("max_hours must be a number", errors.GetProperty("max_hours")[0].GetString());
        Assert.Contains("sort must be", errors.GetProperty("sort")[0].GetString());
    }

    [Fact]
    public async Task TooLongAQuery_IsProblemDetailsForTheApi_AndAPageForPeople()
    {
        var url = "?" + string.Join("&", Enumerable.Repeat("day=mon", 400));
        var api = await factory.CreateClient().GetAsync("/api/programs" + url);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var page = await factory.CreateClient().GetAsync("/" + url);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("988", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryEndpoint()
    {
        var (response, json) = await Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = json.GetProperty("paths");
        foreach (var path in new[] { "/api/programs", "/api/programs/{id}", "/api/compare", "/api/status", "/healthz" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the document");
        }
        var get = paths.GetProperty("/api/programs").GetProperty("get");
        Assert.True(get.GetProperty("responses").TryGetProperty("400", out var bad));
        Assert.True(bad.GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(paths.GetProperty("/api/programs/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
    }

    public static TheoryData<string> EveryFilter() => [.. Filters.All.Select(f => f.Parameter)];

    /// <summary>Fails as soon as a filter is defined that the document does not list.</summary>
    [Theory]
    [MemberData(nameof(EveryFilter))]
    public async Task OpenApiDocument_ListsEveryFilterWithItsValues(string parameter)
    {
        var (_, json) = await Get("/openapi/v1.json");
        foreach (var path in new[] { "/api/programs", "/api/compare" })
        {
            var parameters = json.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();
            var found = parameters.SingleOrDefault(p => p.GetProperty("name").GetString() == parameter);
            Assert.True(found.ValueKind == JsonValueKind.Object, $"{parameter} is not a parameter of {path}");
            var filter = Filters.Find(parameter)!;
            if (filter.Kind is FilterKind.Terms or FilterKind.Time or FilterKind.Day)
            {
                var values = found.GetProperty("schema").GetProperty("items").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToList();
                var taxonomy = factory.Services.GetRequiredService<CatalogStore>().Current.Index.Catalog.Taxonomy;
                Assert.Equal(filter.Values(taxonomy), values);
            }
        }
    }

    [Fact]
    public async Task DevelopersPage_LinksTheDocument_AndTheFooterLinksThePage()
    {
        var home = await factory.CreateClient().GetStringAsync("/");
        Assert.Contains("href=\"/developers\"", home);
        var page = await factory.CreateClient().GetStringAsync("/developers");
        Assert.Contains("/openapi/v1.json", page);
        Assert.Contains("/hsds/", page);
    }
}

public class FailureTests(FailingFactory factory) : IClassFixture<FailingFactory>
{
    [Fact]
    public async Task UnexpectedFailure_IsProblemDetailsWithoutAStackTrace_ForTheApi()
    {
        var response = await factory.CreateClient().GetAsync("/api/programs");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret stack detail", body);
        Assert.DoesNotContain("at IopFinder", body);
    }

    [Fact]
    public async Task UnexpectedFailure_IsTheFriendlyPage_ForPeople()
    {
        var response = await factory.CreateClient().GetAsync("/?q=x");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong on our side", body);
        Assert.DoesNotContain("secret stack detail", body);
    }
}
