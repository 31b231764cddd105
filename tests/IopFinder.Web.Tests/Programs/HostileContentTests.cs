using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests.Programs;

public class HostileContentTests(HostileContentFactory factory) : IClassFixture<HostileContentFactory>
{
    [Theory]
    [InlineData("/programs/hostile")]
    [InlineData("/programs/hostile?lang=es")]
    public async Task HostileListing_RendersAsTextWithoutScriptsFramesStylesOrUnsafeLinks(string url)
    {
        var html = await factory.CreateClient().GetStringAsync(url);
        var doc = new HtmlParser().ParseDocument(html);
        // The only scripts: the site's own, and the listing's facts as JSON-LD, which browsers never run.
        Assert.Empty(doc.QuerySelectorAll("script:not([src='/js/site.js']):not([src^='/js/site.js']):not([type='application/ld+json'])"));
        Assert.Empty(doc.QuerySelectorAll("iframe, style, object, embed, img, b, i"));
        Assert.All(doc.QuerySelectorAll("a[href]"), a =>
        {
            var href = a.GetAttribute("href")!;
            Assert.Matches("^(/|#|https?:|mailto:|tel:|sms:)", href);
        });
        Assert.Contains("<script>alert('name')</script> Example IOP", doc.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert('body')</script>", doc.QuerySelector(".program-body")!.TextContent);
        Assert.NotNull(doc.QuerySelector(".program-body a[href='https://example.org/ok']"));
        Assert.Contains("tracking pixel", doc.QuerySelector(".program-body")!.TextContent);
        Assert.Equal(["<script>alert(6)</script>", "<b>Help finding housing</b>"], doc.QuerySelectorAll("section[aria-labelledby=services-heading] li").Select(li => li.TextContent));
    }

    [Theory]
    [InlineData("/corrections?id=hostile")]
    [InlineData("/corrections?id=hostile&lang=es")]
    [InlineData("/for-programs?id=hostile&lang=es")]
    public async Task HostileName_InsideASentenceWithMarkup_StaysText(string url)
    {
        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(url));
        Assert.Empty(doc.QuerySelectorAll("main script"));
        Assert.Contains(doc.QuerySelectorAll("main strong"), strong => strong.TextContent == "<script>alert('name')</script> Example IOP");
    }

    [Fact]
    public async Task HostileListing_TextStaysInsideItsJsonLd()
    {
        var head = await HeadReader.Get(factory.CreateClient(), "/programs/hostile");
        var clinic = head.JsonLd;
        Assert.Equal("<script>alert('name')</script> Example IOP", clinic.GetProperty("name").GetString());
        Assert.Equal("617-555-0100\"><script>alert(2)</script>", clinic.GetProperty("telephone").GetString());
        Assert.Equal("<b>1 Main</b>", clinic.GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.Single(head.Document.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Contains("<script>alert('name')</script> Example IOP", head.Description);
    }

    [Fact]
    public async Task BrokenListing_IsLeftOutWhileTheRestServes()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/programs/broken");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var home = await client.GetStringAsync("/");
        Assert.Contains("1 intensive outpatient program", home);
    }
}
