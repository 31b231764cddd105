using System.Net;
using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests.Shared;

public class PagesTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private static readonly HtmlParser Parser = new();

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Document)> Get(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, await Parser.ParseDocumentAsync(html));
    }

    [Fact]
    public async Task Home_ListsTheCatalogWithCrisisLineFirst()
    {
        var (response, doc) = await Get("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var crisis = doc.QuerySelector(".crisis")!;
        Assert.Contains("In crisis? Call or text 988 (Suicide & Crisis Lifeline), or 911 in an emergency.", crisis.TextContent);
        Assert.NotNull(crisis.QuerySelector("a[href='tel:988']"));
        // Nothing but the skip link comes before it.
        Assert.Equal("skip-link", doc.Body!.Children[0].ClassName);
        Assert.Same(crisis, doc.Body.Children[1]);
        Assert.Equal(20, doc.QuerySelectorAll(".result").Length);
        Assert.Contains("46 intensive outpatient programs", doc.QuerySelector("#results-heading")!.TextContent);
        Assert.NotNull(doc.QuerySelector("a[rel=next][href='/?page=2']"));
        Assert.Contains("fictional examples", doc.QuerySelector(".example-notice")!.TextContent);
    }

    [Fact]
    public async Task Home_ResultCardShowsScheduleFormatsAndPlace()
    {
        var (_, doc) = await Get("/?q=harborview");
        var card = doc.QuerySelector(".result")!;
        Assert.StartsWith("/programs/harborview-example-iop?", card.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains("Mon–Thu · 9 am–12 pm · 12 h/week", card.TextContent);
        Assert.Contains("Mon/Wed/Thu · 5:30–8:30 pm · 9 h/week", card.TextContent);
        Assert.Contains("In person · Virtual", card.TextContent);
        Assert.Contains("Cambridge, MA", card.TextContent);
    }

    [Fact]
    public async Task Program_ShowsEveryFieldWithScheduleTableAndContactLinks()
    {
        var (response, doc) = await Get("/programs/harborview-example-iop");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Harborview Example IOP", doc.QuerySelector("h1")!.TextContent);
        var rows = doc.QuerySelectorAll(".schedule-table tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("5:30–8:30 pm", rows[1].TextContent);
        Assert.Equal("tel:6175550100", doc.QuerySelector(".contact-first a[href^='tel:']")!.GetAttribute("href"));
        Assert.NotNull(doc.QuerySelector("a[href='mailto:intake@harborview.example.org']"));
        var text = doc.Body!.TextContent;
        foreach (var expected in new[] { "Dialectical behavior therapy (DBT)", "Skills for handling strong emotions", "Medicaid", "Joint Commission", "123 Example Wharf Rd", "Last reviewed on October 1, 2026", "6–12 weeks", "Spanish" })
        {
            Assert.Contains(expected, text);
        }
        Assert.NotNull(doc.QuerySelector(".program-body h3"));
    }

    [Fact]
    public async Task Program_WithOptionalFieldsLeftOut_SaysToCall()
    {
        var (response, doc) = await Get("/programs/twin-ports-example-iop");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The schedule is not listed. Please call the program.", doc.Body!.TextContent);
        Assert.Contains("Insurance is not listed", doc.Body.TextContent);
        var questions = doc.QuerySelector(".questions")!.TextContent;
        Assert.Contains("What days and times do your groups meet", questions);
        Assert.Contains("Which insurance plans do you accept", questions);
    }

    [Theory]
    [InlineData("/programs/no-such-program")]
    [InlineData("/programs/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/nothing-here")]
    public async Task UnknownPaths_AreFriendly404s(string url)
    {
        var (response, doc) = await Get(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("We could not find that page", doc.QuerySelector("h1")!.TextContent);
        Assert.NotNull(doc.QuerySelector(".crisis"));
    }

    [Fact]
    public async Task Pages_SendPrivacyAndSecurityHeadersAndNoCookies()
    {
        var (response, _) = await Get("/?condition=depression");
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Pages_LoadNothingFromAnotherOrigin()
    {
        var (_, doc) = await Get("/programs/harborview-example-iop");
        var sources = doc.QuerySelectorAll("script[src], link[href], img[src], iframe").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "").ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.StartsWith("/", s));
        // No inline script runs; the JSON-LD data block is never executed.
        Assert.Empty(doc.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
    }
}
