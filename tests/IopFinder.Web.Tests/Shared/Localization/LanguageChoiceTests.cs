using System.Net;
using System.Text.Json;
using IopFinder.Web.Hsds;
using Microsoft.AspNetCore.WebUtilities;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>How a request's language is chosen and kept: the query string first, then the browser, else English; never mixed up in the cache.</summary>
public class LanguageChoiceTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("es-MX,es;q=0.9", "es")]
    [InlineData("es", "es")]
    [InlineData("en-US,en;q=0.9,es;q=0.8", "en")]
    [InlineData("es;q=0.4, en;q=0.8", "en")]
    [InlineData("fr-FR, de;q=0.9, es;q=0.5", "es")]
    [InlineData("es;q=0, en;q=0.1", "en")]
    [InlineData("de-DE", "en")]
    [InlineData("*", "en")]
    [InlineData("es;q=abc", "en")]
    [InlineData("<script>alert(1)</script>", "en")]
    public async Task BrowserLanguage_ChoosesSpanishOnlyWhenPreferred(string acceptLanguage, string expected)
    {
        var page = await LanguagePage.Get(factory.CreateClient(), "/", acceptLanguage);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(expected, page.Language);
    }

    [Fact]
    public async Task AVeryLongBrowserLanguage_IsIgnored()
    {
        var header = string.Join(",", Enumerable.Range(0, 400).Select(i => $"x{i % 10}-{i};q=0.{i % 9 + 1}")) + ",es;q=0.1";
        var page = await LanguagePage.Get(factory.CreateClient(), "/", header);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("en", page.Language);
    }

    [Fact]
    public async Task EnglishChosenInTheQuery_WinsOverASpanishBrowser_AndIsCarriedOn()
    {
        var page = await LanguagePage.Get(factory.CreateClient(), "/?near=02139&lang=en", LanguagePage.SpanishBrowser);
        Assert.Equal("en", page.Language);
        Assert.All(page.PageLinks.Where(href => href != page.Switch.GetAttribute("href")), href => Assert.Equal(["en"], LanguagePage.LangOf(href)));
        Assert.Equal("en", page.Document.QuerySelector("#search-form input[name=lang]")!.GetAttribute("value"));
        Assert.Equal(["es"], LanguagePage.LangOf(page.Switch.GetAttribute("href")!));
        // Its one address is the English one, without lang.
        Assert.Equal("/?near=02139", page.Document.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/es", "/?lang=es")]
    [InlineData("/es/", "/?lang=es")]
    [InlineData("/es?near=02139&condition=depression", "/?near=02139&condition=depression&lang=es")]
    [InlineData("/es?lang=en&q=dbt", "/?q=dbt&lang=es")]
    public async Task SpanishPath_LeadsToTheSpanishHome_KeepingTheQuery(string url, string location)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        LanguagePage.AssertSameAddress(location, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/?near=02140&condition=anxiety", "<html lang=\"en\">", "<html lang=\"es\">")]
    [InlineData("/programs/beacon-hill-example-iop", "<html lang=\"en\">", "<html lang=\"es\">")]
    [InlineData("/api/programs?near=99998", "ZIP 99998 not found", "No encontramos el código postal 99998")]
    public async Task CachedAnswers_NeverCrossLanguages(string url, string english, string spanish)
    {
        var client = factory.CreateClient();
        // Twice over, so the second round is answered from the cache: each language still gets its own.
        for (var round = 0; round < 2; round++)
        {
            var plain = await client.GetStringAsync(url);
            var byHeader = (await LanguagePage.Get(client, url, LanguagePage.SpanishBrowser)).Html;
            var byQuery = await client.GetStringAsync(QueryHelpers.AddQueryString(url, "lang", "es"));
            var plainAgain = await client.GetStringAsync(url);
            Assert.All(new[] { plain, plainAgain }, body => Assert.Contains(english, body));
            Assert.All(new[] { byHeader, byQuery }, body => Assert.Contains(spanish, body));
            Assert.All(new[] { byHeader, byQuery }, body => Assert.DoesNotContain(english, body));
        }
    }

    [Fact]
    public async Task Refusals_BeforeAnyPage_SpeakTheRequestsLanguage()
    {
        var client = factory.CreateClient();
        var tooMany = await LanguagePage.Spanish(client, "/?" + string.Join("&", Enumerable.Repeat("day=mon", 400)), byHeader: true);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
        Assert.Equal("es", tooMany.Language);
        Assert.Equal(ResourceFile.Spanish["Limits.Title"], tooMany.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("988", tooMany.Document.QuerySelector(".crisis")!.TextContent);
        Assert.Equal(["es"], LanguagePage.LangOf(tooMany.Document.QuerySelector("main a")!.GetAttribute("href")!));
    }

    [Fact]
    public async Task HsdsDocuments_StayEnglish_ForASpanishBrowser()
    {
        var client = factory.CreateClient();
        var id = HsdsIds.Service("harborview-example-iop");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/hsds/services/{id}?lang=es");
        request.Headers.Add("Accept-Language", LanguagePage.SpanishBrowser);
        var json = JsonDocument.Parse(await (await client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;
        Assert.EndsWith("local time of the program.", json.GetProperty("schedules")[0].GetProperty("description").GetString());
        Assert.StartsWith("Mon", json.GetProperty("schedules")[0].GetProperty("description").GetString());
    }

}
