using System.Net;
using IopFinder.Core.Content;

namespace IopFinder.Web.Tests.Discovery;

/// <summary>The sitemap and robots.txt of a site whose public address is configured.</summary>
public class SitemapTests(PublicSiteFactory factory) : IClassFixture<PublicSiteFactory>
{
    private const string Origin = PublicSiteFactory.PublicUrl;

    private Catalog Catalog => factory.Catalog();

    [Fact]
    public async Task Sitemap_ListsEveryProgramExactlyOnce_InEachLanguage()
    {
        var locs = SitemapXml.Locations(await SitemapXml.Get(factory.CreateClient(), "/sitemap.xml"), "url");
        var programs = locs.Where(l => l.StartsWith(Origin + "/programs/", StringComparison.Ordinal)).ToList();
        var english = Catalog.Listings.Select(l => $"{Origin}/programs/{l.Id}").ToList();
        Assert.Equal(english.Concat(english.Select(e => e + "?lang=es")).Order(), programs.Order());
        Assert.Equal(locs.Count, locs.Distinct().Count());
    }

    [Fact]
    public async Task Sitemap_ListsHomeTheAboutPagesAndOneSearchPerStateWithPrograms()
    {
        var locs = SitemapXml.Locations(await SitemapXml.Get(factory.CreateClient(), "/sitemap.xml"), "url");
        Assert.Contains($"{Origin}/", locs);
        Assert.Contains($"{Origin}/?lang=es", locs);
        Assert.Contains($"{Origin}/developers", locs);
        Assert.Contains($"{Origin}/developers?lang=es", locs);
        Assert.Contains($"{Origin}/for-programs", locs);
        Assert.DoesNotContain(locs, l => l.Contains("/compare") || l.Contains("/status") || l.Contains("/corrections"));
        var states = Catalog.Listings.SelectMany(l => l.Locations.Select(s => s.State).Concat(l.VirtualStates)).Distinct().Order();
        var statePages = locs.Where(l => l.StartsWith($"{Origin}/?state=", StringComparison.Ordinal)).ToList();
        Assert.Equal(states.Select(s => $"{Origin}/?state={s}").Concat(states.Select(s => $"{Origin}/?state={s}&lang=es")), statePages);
    }

    [Fact]
    public async Task StateSearchPages_NameThemselvesWithTheSitemapsAddress_AndFindPrograms()
    {
        var client = factory.CreateClient();
        var statePages = SitemapXml.Locations(await SitemapXml.Get(client, "/sitemap.xml"), "url").Where(l => l.StartsWith($"{Origin}/?", StringComparison.Ordinal));
        foreach (var loc in statePages)
        {
            var page = await HeadReader.Get(client, loc[Origin.Length..]);
            Assert.Equal(loc, page.Canonical);
            Assert.False(page.NoIndex, loc);
            Assert.NotNull(page.Document.QuerySelector(".result-list li.result"));
            Assert.Equal(loc.Contains("lang=es") ? "es" : "en", page.Document.DocumentElement.GetAttribute("lang"));
        }
    }

    [Fact]
    public async Task Sitemap_LastModifiedIsWhenTheListingWasReviewed()
    {
        var document = await SitemapXml.Get(factory.CreateClient(), "/sitemap.xml");
        var reviewed = Catalog.Listings.First(l => l.LastReviewed is not null);
        var url = document.Root!.Elements(SitemapXml.Ns + "url").Single(u => u.Element(SitemapXml.Ns + "loc")!.Value == $"{Origin}/programs/{reviewed.Id}");
        Assert.Equal(reviewed.LastReviewed!.Value.ToString("yyyy-MM-dd"), url.Element(SitemapXml.Ns + "lastmod")!.Value);
    }

    [Fact]
    public async Task Sitemap_WhenEverythingFits_IsOneFileWithNoNumberedParts()
    {
        var client = factory.CreateClient();
        Assert.Equal("urlset", (await SitemapXml.Get(client, "/sitemap.xml")).Root!.Name.LocalName);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemap-1.xml")).StatusCode);
    }

    [Fact]
    public async Task RobotsTxt_NamesTheSitemapAndKeepsCrawlersOutOfEndlessPages()
    {
        var response = await factory.CreateClient().GetAsync("/robots.txt");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains($"Sitemap: {Origin}/sitemap.xml", lines);
        Assert.Contains("User-agent: *", lines);
        foreach (var path in new[] { "/compare", "/corrections", "/api/", "/hsds/" }) Assert.Contains($"Disallow: {path}", lines);
        Assert.DoesNotContain("Disallow: /", lines);
    }

    [Fact]
    public async Task CanonicalAndJsonLd_UseThePublicAddress_WhateverHostTheRequestClaims()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "evil.example.com";
        var page = await HeadReader.Get(client, "/programs/harborview-example-iop?ids=bayou-example-iop");
        Assert.Equal($"{Origin}/programs/harborview-example-iop", page.Canonical);
        Assert.Equal($"{Origin}/programs/harborview-example-iop", page.JsonLd.GetProperty("url").GetString());
        var robots = await client.GetStringAsync("/robots.txt");
        Assert.DoesNotContain("evil", robots);
    }
}
