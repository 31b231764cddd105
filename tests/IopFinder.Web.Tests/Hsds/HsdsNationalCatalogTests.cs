using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Web.Hsds;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Tests.Search;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Hsds;

/// <summary>HSDS documents of the bundled national catalog (6,733 SAMHSA listings) validate against the published schemas.</summary>
[Collection(NationalCatalogCollection.Name)]
public class HsdsNationalCatalogTests(NationalCatalogFactory factory)
{
    private HsdsClient Hsds => new(factory.CreateClient());

    private IReadOnlyList<Listing> Listings => factory.Services.GetRequiredService<CatalogStore>().Current.Index.Catalog.Listings;

    /// <summary>Every 120th listing, and the first of each kind that maps differently.</summary>
    private List<Listing> Sample()
    {
        var listings = Listings;
        Listing First(Func<Listing, bool> kind) => listings.First(kind);
        return listings.Where((_, i) => i % 120 == 0)
            .Append(First(l => l.Sources.Count >= 2))
            .Append(First(l => l.LevelsOfCare.SequenceEqual(["php"])))
            .Append(First(l => l.Locations.Any(s => s.Address is null)))
            .Append(First(l => l.Formats.Contains("virtual")))
            .Append(First(l => l.Ages.Contains("children")))
            .Distinct().ToList();
    }

    [Fact]
    public async Task SampleOfRealServices_Validate_IncludingDayProgramsMergedListingsAndWithheldStreets()
    {
        var sample = Sample();
        Assert.True(sample.Count >= 55, $"{sample.Count} listings");
        foreach (var listing in sample)
        {
            var service = await Hsds.Json($"/hsds/services/{HsdsIds.Service(listing.Id)}");
            HsdsSchemas.AssertValid(service, "service.json", listing.Id);
            Assert.Equal(listing.Name, service.GetProperty("name").GetString());
            Assert.Equal(listing.Locations.Count + (listing.Formats.Contains("virtual") ? 1 : 0), service.GetProperty("service_at_locations").GetArrayLength());
        }
    }

    [Fact]
    public async Task RealServicesPage_AndNdjsonDump_Validate_TheDumpHoldingEveryListingOnce()
    {
        HsdsSchemas.AssertValid(await Hsds.Json("/hsds/services?per_page=200&page=7"), "page:service.json", "page 7");
        var lines = await Hsds.Lines("/hsds/services?format=ndjson");
        Assert.Equal(Listings.Count, lines.Count);
        Assert.Equal(Listings.Count, lines.Select(l => l.GetProperty("id").GetString()).Distinct().Count());
        for (var i = 0; i < lines.Count; i += 97) HsdsSchemas.AssertValid(lines[i], "service.json", $"ndjson line {i}");
    }

    [Fact]
    public async Task RealServiceAtLocations_NearChicago_Validate_AndStayWithinTheDistance()
    {
        var centre = ZipTable.Default.Find("60614")!.Point;
        var page = await Hsds.Json("/hsds/service_at_locations?postcode=60614&proximity=8000&per_page=100");
        HsdsSchemas.AssertValid(page, "page:service_at_location.json", "near 60614");
        var physical = page.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("location"))
            .Where(l => l.GetProperty("location_type").GetString() == "physical").ToList();
        Assert.True(physical.Count > 5, $"{physical.Count} sites");
        Assert.All(physical, l => Assert.True(new GeoPoint(l.GetProperty("latitude").GetDouble(), l.GetProperty("longitude").GetDouble()).MilesTo(centre) * 1609.344 <= 8000));
    }

    [Fact]
    public async Task RealTaxonomyTermFilter_MatchesTheSiteFilter()
    {
        var page = await Hsds.Json($"/hsds/services?taxonomy_term_id={HsdsIds.TaxonomyTerm("medications", "buprenorphine")}&per_page=1");
        var site = await Hsds.Json("/api/programs?medication=buprenorphine&level=iop&level=php&size=1");
        Assert.Equal(site.GetProperty("total").GetInt32(), page.GetProperty("total_items").GetInt32());
        Assert.True(page.GetProperty("total_items").GetInt32() > 100);
    }
}
