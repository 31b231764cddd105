using System.Net;

namespace IopFinder.Web.Tests.Discovery;

/// <summary>A catalog too large for one sitemap file gets a sitemap index naming numbered files.</summary>
public class SitemapIndexTests(SplitSitemapFactory factory) : IClassFixture<SplitSitemapFactory>
{
    private const string Origin = PublicSiteFactory.PublicUrl;

    [Fact]
    public async Task OverTheLimit_SitemapIsAnIndexOfFilesWithinTheLimit_ThatTogetherListEveryProgramOnce()
    {
        var client = factory.CreateClient();
        var index = await SitemapXml.Get(client, "/sitemap.xml");
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        var files = SitemapXml.Locations(index, "sitemap");
        Assert.True(files.Count > 1);
        Assert.Equal(Enumerable.Range(1, files.Count).Select(n => $"{Origin}/sitemap-{n}.xml"), files);

        var locs = new List<string>();
        foreach (var file in files)
        {
            var part = SitemapXml.Locations(await SitemapXml.Get(client, file[Origin.Length..]), "url");
            Assert.InRange(part.Count, 1, factory.SitemapMaxUrls!.Value);
            locs.AddRange(part);
        }
        var catalog = factory.Catalog();
        var english = catalog.Listings.Select(l => $"{Origin}/programs/{l.Id}").ToList();
        Assert.Equal(english.Concat(english.Select(e => e + "?lang=es")).Order(), locs.Where(l => l.Contains("/programs/")).Order());
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.Contains($"{Origin}/", locs);
    }

    [Theory]
    [InlineData("/sitemap-0.xml")]
    [InlineData("/sitemap--1.xml")]
    [InlineData("/sitemap-999.xml")]
    [InlineData("/sitemap-99999999999999999999.xml")]
    [InlineData("/sitemap-abc.xml")]
    [InlineData("/sitemap-1.xml.bak")]
    [InlineData("/sitemap-1%2F..%2F..%2Fappsettings.json")]
    public async Task NumberedFilesThatDoNotExist_AreNotFound(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
