using System.Text;
using System.Xml.Linq;
using IopFinder.Web.Discovery;
using IopFinder.Web.Shared.Links;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Tests.Discovery;

/// <summary>Splitting a sitemap by the protocol's limits: neither too many addresses nor too many bytes in one file.</summary>
public class SitemapSetTests
{
    private static readonly SiteUrls Urls = new(Options.Create(new SiteOptions { PublicUrl = PublicSiteFactory.PublicUrl }));

    private static readonly List<SitemapEntry> Entries =
        [.. Enumerable.Range(0, 250).Select(i => new SitemapEntry($"/programs/program-{i:D3}", i % 3 == 0 ? null : new DateOnly(2026, 1 + i % 12, 1)))];

    [Fact]
    public void TooManyBytesForOneFile_IsSplitIntoFilesUnderTheByteLimit_KeepingEveryAddressInOrder()
    {
        const int maxBytes = 4096;
        var set = SitemapSet.Build(Entries, Urls, SiteOptions.ProtocolMaxUrls, maxBytes);
        Assert.NotNull(set.Index);
        Assert.True(set.Files.Count > 1);
        Assert.All(set.Files, file => Assert.InRange(file.Length, 1, maxBytes));
        var locs = set.Files.SelectMany(f => SitemapXml.Locations(Parse(f), "url")).ToList();
        Assert.Equal(Entries.Select(e => PublicSiteFactory.PublicUrl + e.Path), locs);
    }

    [Fact]
    public void Index_NamesEachFileWithItsLatestChange()
    {
        var set = SitemapSet.Build(Entries, Urls, 100, SiteOptions.ProtocolMaxBytes);
        var index = Parse(set.Index!);
        var sitemaps = index.Root!.Elements(SitemapXml.Ns + "sitemap").ToList();
        Assert.Equal(3, sitemaps.Count);
        for (var i = 0; i < sitemaps.Count; i++)
        {
            var latest = Entries.Skip(i * 100).Take(100).Max(e => e.LastModified)!.Value;
            Assert.Equal($"{PublicSiteFactory.PublicUrl}/sitemap-{i + 1}.xml", sitemaps[i].Element(SitemapXml.Ns + "loc")!.Value);
            Assert.Equal(latest.ToString("yyyy-MM-dd"), sitemaps[i].Element(SitemapXml.Ns + "lastmod")!.Value);
        }
    }

    [Fact]
    public void AnEmptyCatalogsSitemap_IsStillAValidEmptyUrlset()
    {
        var set = SitemapSet.Build([], Urls, 10, SiteOptions.ProtocolMaxBytes);
        Assert.Null(set.Index);
        Assert.Equal("urlset", Parse(set.Root).Root!.Name.LocalName);
    }

    private static XDocument Parse(byte[] file) => XDocument.Parse(Encoding.UTF8.GetString(file));
}
