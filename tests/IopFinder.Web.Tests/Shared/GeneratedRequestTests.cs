using System.Net;
using IopFinder.Core.Tests.Support;
using IopFinder.Web.Hsds;
using IopFinder.Web.Tests.Discovery;
using IopFinder.Web.Tests.Shared.Localization;
using Microsoft.AspNetCore.WebUtilities;
using IopFinder.Core.Common;

namespace IopFinder.Web.Tests.Shared;

/// <summary>Generated hostile requests at every endpoint: never a 500; the API answers JSON with 200, 400 or 404, HSDS JSON, NDJSON or problem details.</summary>
public class GeneratedRequestTests(SplitSitemapFactory factory) : IClassFixture<SplitSitemapFactory>
{
    // The public address is configured and the sitemap split, so every discovery endpoint answers rather than 404s.
    private static readonly string[] Paths =
    [
        "/", "/api/programs", "/compare", "/api/compare", "/programs/harborview-example-iop", "/status",
        "/hsds/services", $"/hsds/services/{HsdsIds.Service("harborview-example-iop")}", "/hsds/service_at_locations",
        "/developers", "/for-programs", "/robots.txt", "/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml",
    ];

    private static readonly string[] HsdsTypes = ["application/json", "application/problem+json", "application/x-ndjson"];

    [Fact]
    public async Task TwelveHundredGeneratedRequests_NeverFail()
    {
        var client = factory.CreateClient();
        var random = new Random(911);
        for (var i = 0; i < 1200; i++)
        {
            var path = Paths[random.Next(Paths.Length)];
            var pairs = HostileInputs.Query(random).Where(p => p.Key.Length > 0).Select(p => new KeyValuePair<string, string?>(p.Key, (p.Value ?? "").Replace("\0", "")));
            var url = QueryHelpers.AddQueryString(path, pairs);
            var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {url[..Math.Min(url.Length, 300)]}");
            if (path.StartsWith("/api", StringComparison.Ordinal))
            {
                Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound });
                Assert.Equal(response.IsSuccessStatusCode ? "application/json" : "application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
            if (path.StartsWith("/hsds", StringComparison.Ordinal))
            {
                Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
                Assert.Contains(response.Content.Headers.ContentType?.MediaType, HsdsTypes);
            }
        }
    }

    [Theory]
    [InlineData("/programs/..%2F..%2Fcontent%2Ftaxonomy.yml")]
    [InlineData("/programs/%2e%2e%2f%2e%2e%2fappsettings.json")]
    [InlineData("/programs/harborview-example-iop%2F..%2F..")]
    [InlineData("/api/programs/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/../../appsettings.json")]
    [InlineData("/css/../../appsettings.json")]
    [InlineData("/programs/" + "x")]
    public async Task PathTraversal_IsNotFound(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("ContentPath", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HundredsOfRepeatedParameters_AreRefusedWithAMessage()
    {
        var url = "/api/programs?" + string.Join("&", Enumerable.Repeat("day=mon", 400));
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Too many search parameters", await response.Content.ReadAsStringAsync());
        var page = await factory.CreateClient().GetAsync("/?" + string.Join("&", Enumerable.Repeat("day=mon", 400)));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("988", await page.Content.ReadAsStringAsync());
    }

    public static TheoryData<string> HostileLanguages => [.. HostileInputs.Languages];

    // The tags of HostileInputs.Languages that name Spanish (es-*); every other one is no language of the site, or English.
    private static readonly string[] SpanishTags = ["es-ZZ", "ES", "es-419"];

    [Theory]
    [MemberData(nameof(HostileLanguages))]
    public async Task HostileLanguage_FallsBackToEnglishOrSpanish_WithoutAnError_AndIsNeverRepeated(string tag)
    {
        var client = factory.CreateClient();
        var expected = SpanishTags.Contains(tag) ? "es" : "en";
        foreach (var path in new[] { "/", "/?near=02139", "/programs/harborview-example-iop", "/compare?ids=harborview-example-iop", "/status", "/programs/no-such-program" })
        {
            var page = await LanguagePage.Get(client, QueryHelpers.AddQueryString(path, "lang", tag));
            Assert.Contains(page.Status, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound });
            Assert.Equal(expected, page.Language);
            Assert.All(page.PageLinks.Concat(page.Document.QuerySelectorAll("input[name=lang]").Select(i => $"/?lang={i.GetAttribute("value")}")),
                href => Assert.All(LanguagePage.LangOf(href), value => Assert.Contains(value, new[] { "en", "es" })));
            // Anything but a plain word could only be on the page if the page repeated it.
            if (tag.Length >= 5 && !tag.All(char.IsLetter) || tag.Length > 100) Assert.DoesNotContain(tag, page.Html);
        }
        var api = await client.GetAsync(QueryHelpers.AddQueryString("/api/programs?near=99999", "lang", tag));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var warning = System.Text.Json.JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("warnings")[0].GetString();
        var words = expected == "es" ? ResourceFile.Spanish : ResourceFile.English;
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, words["Notice.ZipNotFound"], "99999"), warning);
    }

    public static TheoryData<string> HostilePlaces => [.. HostileInputs.Places];

    [Theory]
    [MemberData(nameof(HostilePlaces))]
    public async Task HostilePlace_WarnsAndNeitherFiltersByDistanceNorPretendsTo(string place)
    {
        var client = factory.CreateClient();
        var page = await client.GetAsync(QueryHelpers.AddQueryString("/", "near", place));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Contains("not limited by distance", doc.QuerySelector(".notice")!.TextContent);
        Assert.DoesNotContain(doc.QuerySelectorAll(".chips a"), a => a.TextContent.StartsWith("Within", StringComparison.Ordinal));
        Assert.DoesNotContain("within", doc.QuerySelector("#results-heading")!.TextContent);
        Assert.Null(doc.QuerySelector("#results-map"));
        Assert.NotNull(doc.QuerySelector("#national-map"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);

        var api = await client.GetAsync(QueryHelpers.AddQueryString("/api/programs", "near", place));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var json = System.Text.Json.JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("near").ValueKind);
        Assert.Contains(json.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("not limited by distance"));
    }

    [Fact]
    public async Task TenThousandCharacterPlace_IsRefusedAsTooLong()
    {
        var client = factory.CreateClient();
        var page = await client.GetAsync("/?near=" + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("That search is too long", await page.Content.ReadAsStringAsync());
        var api = await client.GetAsync("/api/programs?near=" + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TenThousandCharacterSearch_IsCutWithAWarning()
    {
        var response = await factory.CreateClient().GetAsync("/?q=" + new string('z', 7000));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cut to the first 200 characters", await response.Content.ReadAsStringAsync());
    }
}
