using System.Net;

namespace IopFinder.Web.Tests.Discovery;

/// <summary>Without a configured public address the site never makes one up from the request.</summary>
public class UnconfiguredDiscoveryTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Sitemap_IsNotServed_BecauseItMustNameAbsoluteAddresses()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemap.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemap-1.xml")).StatusCode);
        var developers = await HeadReader.Get(client, "/developers");
        Assert.Null(developers.Document.QuerySelector("a[href='/sitemap.xml']"));
    }

    [Fact]
    public async Task RobotsTxt_StillKeepsCrawlersOutOfEndlessPages_ButNamesNoSitemap()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "evil.example.com";
        var robots = await client.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /compare\n", robots);
        Assert.DoesNotContain("Sitemap:", robots);
        Assert.DoesNotContain("evil", robots);
    }

    [Fact]
    public async Task Canonical_IsRootRelative_NeverBuiltFromTheRequestsHost()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "evil.example.com";
        Assert.Equal("/programs/harborview-example-iop", (await HeadReader.Get(client, "/programs/harborview-example-iop")).Canonical);
        Assert.Equal("/developers", (await HeadReader.Get(client, "/developers")).Canonical);
    }
}
