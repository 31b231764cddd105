using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests;

public class HostileContentTests(HostileContentFactory factory) : IClassFixture<HostileContentFactory>
{
    [Fact]
    public async Task HostileListing_RendersAsTextWithoutScriptsFramesStylesOrUnsafeLinks()
    {
        var html = await factory.CreateClient().GetStringAsync("/programs/hostile");
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Empty(doc.QuerySelectorAll("script:not([src='/js/site.js']):not([src^='/js/site.js'])"));
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
