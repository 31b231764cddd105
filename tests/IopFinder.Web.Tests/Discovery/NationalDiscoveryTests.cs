using System.Xml.Linq;
using IopFinder.Core.Content;
using IopFinder.Web.Discovery;
using IopFinder.Web.Shared.Links;
using IopFinder.Web.Tests.Search;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Tests.Discovery;

/// <summary>JSON-LD and the sitemap on the real national catalog.</summary>
[Collection(NationalCatalogCollection.Name)]
public class NationalDiscoveryTests(NationalCatalogFactory factory)
{
    private Catalog Catalog => factory.Catalog();

    [Theory]
    [InlineData("gavin-foundation-boston-ma")]
    [InlineData("child-and-family-center-santa-clarita-ca")]
    [InlineData("aspire-health-alliance-braintree-ma")]
    [InlineData("10th-district-substance-abuse-program-crossett-ar")]
    public async Task RealProgramPage_JsonLdNamesItsPhoneAndAddress_AndNoStreetItDoesNotGive(string id)
    {
        var listing = Catalog.Listings.Single(l => l.Id == id);
        var clinic = (await HeadReader.Get(factory.CreateClient(), ProgramUrls.Page(id))).JsonLd;
        Assert.Equal(listing.Name, clinic.GetProperty("name").GetString());
        Assert.Equal(listing.Contact.Phone, clinic.GetProperty("telephone").GetString());
        var site = Assert.Single(listing.Locations);
        var address = clinic.GetProperty("address");
        Assert.Equal(site.City, address.GetProperty("addressLocality").GetString());
        Assert.Equal(site.State, address.GetProperty("addressRegion").GetString());
        Assert.Equal(site.Zip, address.GetProperty("postalCode").GetString());
        if (site.Address is null) Assert.False(address.TryGetProperty("streetAddress", out _));
        else Assert.Equal(site.Address, address.GetProperty("streetAddress").GetString());
        // Imported sites have only their ZIP's centre, which is not where the clinic stands.
        Assert.True(site.PointFromZip);
        Assert.False(clinic.TryGetProperty("geo", out _));
        // The directories do not say whether a program has openings, so neither does the JSON-LD.
        Assert.Null(listing.AcceptingNewPatients);
        Assert.False(clinic.TryGetProperty("isAcceptingNewPatients", out _));
    }

    [Fact]
    public void NationalSitemap_FitsOneFileAndListsEveryProgramOnceInEachLanguage()
    {
        var urls = new SiteUrls(Options.Create(new SiteOptions { PublicUrl = PublicSiteFactory.PublicUrl }));
        var set = SitemapSet.Build(SitemapEntries.Of(Catalog), urls, SiteOptions.ProtocolMaxUrls, SiteOptions.ProtocolMaxBytes);
        Assert.Null(set.Index);
        var locs = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Assert.Single(set.Files))).Descendants(SitemapXml.Ns + "loc").Select(l => l.Value).ToList();
        var programs = locs.Where(l => l.Contains("/programs/", StringComparison.Ordinal)).ToList();
        Assert.Equal(programs.Count, programs.Distinct().Count());
        var english = Catalog.Listings.Select(l => PublicSiteFactory.PublicUrl + ProgramUrls.Page(l.Id)).ToList();
        Assert.Equal(english.Concat(english.Select(e => e + "?lang=es")).Order(), programs.Order());
    }
}
