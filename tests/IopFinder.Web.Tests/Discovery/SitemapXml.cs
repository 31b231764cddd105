using System.Xml.Linq;

namespace IopFinder.Web.Tests.Discovery;

/// <summary>Reads sitemap files as a crawler would: XML in the sitemaps.org namespace.</summary>
public static class SitemapXml
{
    public static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task<XDocument> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public static List<string> Locations(XDocument document, string element) =>
        [.. document.Root!.Elements(Ns + element).Select(e => e.Element(Ns + "loc")!.Value)];
}
