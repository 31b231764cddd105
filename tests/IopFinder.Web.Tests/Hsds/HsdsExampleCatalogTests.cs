using System.Text.Json;
using IopFinder.Core.Geo;
using IopFinder.Web.Hsds;

namespace IopFinder.Web.Tests.Hsds;

/// <summary>Every HSDS document the example catalog gives validates against the published schemas, and says what the listing says.</summary>
public class HsdsExampleCatalogTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const int ExamplePrograms = 47;
    private HsdsClient Hsds => new(factory.CreateClient());

    private async Task<JsonElement> Service(string listingId)
    {
        var service = await Hsds.Json($"/hsds/services/{HsdsIds.Service(listingId)}");
        HsdsSchemas.AssertValid(service, "service.json", listingId);
        return service;
    }

    [Theory]
    [InlineData("/hsds/")]
    [InlineData("/hsds")]
    public async Task Root_NamesTheVersionProfileAndOpenApiDocument(string url)
    {
        var root = await Hsds.Json(url);
        HsdsSchemas.AssertValid(root, "root", url);
        Assert.Equal("3.0", root.GetProperty("version").GetString());
        Assert.EndsWith("/openapi/v1.json", root.GetProperty("openapi_url").GetString());
    }

    [Fact]
    public async Task ServicesPages_Validate_AndListEveryProgramOfBothLevelsOnce()
    {
        var services = await Hsds.AllPages("/hsds/services?per_page=10", "page:service.json");
        Assert.Equal(ExamplePrograms, services.Count);
        Assert.Equal(ExamplePrograms, services.Select(s => s.GetProperty("id").GetString()).Distinct().Count());
        Assert.Contains("North Shore Example Trauma Day Program", services.Select(s => s.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("harborview-example-iop")]
    [InlineData("cascade-example-eating-disorders-iop")]
    [InlineData("green-mountain-example-virtual-iop")]
    [InlineData("rocky-mountain-example-virtual-iop")]
    [InlineData("north-shore-example-day-program")]
    [InlineData("motor-city-example-iop")]
    public async Task Service_Validates(string listingId) => await Service(listingId);

    [Fact]
    public async Task Service_WithTwoSitesAndVirtualCare_HasTwoPhysicalLocationsWithAddressesAndOneVirtual()
    {
        var service = await Service("cascade-example-eating-disorders-iop");
        var places = service.GetProperty("service_at_locations").EnumerateArray().Select(s => s.GetProperty("location")).ToList();
        Assert.Equal(["physical", "physical", "virtual"], places.Select(p => p.GetProperty("location_type").GetString()));
        foreach (var site in places.Take(2))
        {
            Assert.True(site.GetProperty("latitude").GetDouble() is > 40 and < 50);
            var address = Assert.Single(site.GetProperty("addresses").EnumerateArray());
            Assert.Equal("US", address.GetProperty("country").GetString());
            Assert.Matches("^[0-9]{5}$", address.GetProperty("postal_code").GetString());
        }
        Assert.Equal(2, places.Take(2).Select(p => p.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Service_EachTrackIsAWeeklySchedule_NamedInItsNotes()
    {
        var schedules = (await Service("harborview-example-iop")).GetProperty("schedules").EnumerateArray().ToList();
        Assert.Equal(2, schedules.Count);
        Assert.Equal(["WEEKLY", "WEEKLY"], schedules.Select(s => s.GetProperty("freq").GetString()));
        Assert.Equal(["MO,TU,WE,TH", "MO,WE,TH"], schedules.Select(s => s.GetProperty("byday").GetString()));
        Assert.Equal(["09:00", "17:30"], schedules.Select(s => s.GetProperty("opens_at").GetString()));
        Assert.Equal(["12:00", "20:30"], schedules.Select(s => s.GetProperty("closes_at").GetString()));
        Assert.Equal(["Morning", "Evening"], schedules.Select(s => s.GetProperty("notes").GetString()));
    }

    [Fact]
    public async Task Service_TellsTheListingsFacts()
    {
        var service = await Service("harborview-example-iop");
        Assert.Equal("Harborview Example IOP", service.GetProperty("name").GetString());
        Assert.Equal("Harborview Example Behavioral Health", service.GetProperty("organization").GetProperty("name").GetString());
        Assert.Equal(service.GetProperty("organization_id").GetString(), service.GetProperty("organization").GetProperty("id").GetString());
        Assert.Equal("2026-10-01", service.GetProperty("assured_date").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", service.GetProperty("last_modified").GetString());
        Assert.Equal(18, service.GetProperty("minimum_age").GetInt32());
        Assert.False(service.TryGetProperty("maximum_age", out _));
        Assert.Equal("617-555-0100", Assert.Single(service.GetProperty("phones").EnumerateArray()).GetProperty("number").GetString());
        Assert.Equal(["en", "es"], service.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        Assert.Equal("intake@harborview.example.org", service.GetProperty("email").GetString());
        var attributes = service.GetProperty("attributes").EnumerateArray().ToList();
        var terms = attributes.Select(a => (a.GetProperty("link_type").GetString(), a.GetProperty("taxonomy_term").GetProperty("code").GetString())).ToList();
        Assert.Contains(("conditions", "ptsd"), terms);
        Assert.Contains(("modalities", "dbt"), terms);
        Assert.Contains(("insurance", "medicaid"), terms);
        Assert.Contains(("levels_of_care", "php"), terms);
        Assert.All(attributes, a => Assert.Equal(a.GetProperty("taxonomy_term_id").GetString(), a.GetProperty("taxonomy_term").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task VirtualOnlyService_HasOneVirtualLocationWithoutCoordinates_AndItsStatesAsServiceAreas()
    {
        var service = await Service("green-mountain-example-virtual-iop");
        var location = Assert.Single(service.GetProperty("service_at_locations").EnumerateArray()).GetProperty("location");
        Assert.Equal("virtual", location.GetProperty("location_type").GetString());
        Assert.Equal("https://example.org/green-mountain", location.GetProperty("url").GetString());
        Assert.False(location.TryGetProperty("latitude", out _));
        Assert.Equal(["VT", "NH", "ME", "MA", "CT", "RI", "NY"], service.GetProperty("service_areas").EnumerateArray().Select(a => a.GetProperty("extent").GetString()));
        Assert.Equal(2, service.GetProperty("schedules").GetArrayLength());
    }

    [Fact]
    public async Task ServiceAtLocations_NearAZip_Validate_AndHoldOnlySitesWithinTheDistanceNearestFirst_ThenVirtualCareInItsState()
    {
        var centre = ZipTable.Default.Find("02139")!.Point;
        var sites = await Hsds.AllPages("/hsds/service_at_locations?postcode=02139&proximity=16000&per_page=2", "page:service_at_location.json");
        var physical = sites.Where(s => s.GetProperty("location").GetProperty("location_type").GetString() == "physical").ToList();
        Assert.NotEmpty(physical);
        var metres = physical.Select(s => new GeoPoint(s.GetProperty("location").GetProperty("latitude").GetDouble(),
            s.GetProperty("location").GetProperty("longitude").GetDouble()).MilesTo(centre) * 1609.344).ToList();
        Assert.All(metres, m => Assert.True(m <= 16000, $"{m:0} m"));
        Assert.Equal(metres.Order(), metres);
        Assert.Contains(physical, s => s.GetProperty("service").GetProperty("name").GetString() == "Harborview Example IOP");
        var virtualCare = sites.SkipWhile(s => s.GetProperty("location").GetProperty("location_type").GetString() == "physical").ToList();
        Assert.All(virtualCare, s => Assert.Contains(s.GetProperty("service").GetProperty("service_areas").EnumerateArray(), a => a.GetProperty("extent").GetString() == "MA"));
        Assert.All(sites, s => Assert.False(s.GetProperty("service").TryGetProperty("service_at_locations", out _)));

        var wider = await Hsds.Json("/hsds/service_at_locations?postcode=02139&proximity=400000&per_page=500");
        Assert.True(wider.GetProperty("total_items").GetInt32() > sites.Count);
    }

    [Fact]
    public async Task ServiceAtLocations_AllPagesAndEachById_Validate()
    {
        var sites = await Hsds.AllPages("/hsds/service_at_locations?per_page=25", "page:service_at_location.json");
        Assert.True(sites.Count > ExamplePrograms);
        foreach (var site in sites.Take(5))
        {
            var one = await Hsds.Json($"/hsds/service_at_locations/{site.GetProperty("id").GetString()}");
            HsdsSchemas.AssertValid(one, "service_at_location.json", "one service at location");
            Assert.Equal(site.GetProperty("location_id").GetString(), one.GetProperty("location").GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task Taxonomies_AndTerms_Validate_WithBroaderTermsAsParents()
    {
        var taxonomies = await Hsds.AllPages("/hsds/taxonomies", "page:taxonomy.json");
        Assert.Contains(taxonomies, t => t.GetProperty("name").GetString() == "conditions");
        var terms = await Hsds.AllPages("/hsds/taxonomy_terms?per_page=100", "page:taxonomy_term.json");
        var byCode = terms.Where(t => t.GetProperty("taxonomy").GetString() == "conditions").ToDictionary(t => t.GetProperty("code").GetString()!);
        Assert.Equal(byCode["mental-health"].GetProperty("id").GetString(), byCode["depression"].GetProperty("parent_id").GetString());
        Assert.False(byCode["mental-health"].TryGetProperty("parent_id", out _));
        Assert.All(terms, t => Assert.Equal("en", t.GetProperty("language").GetString()));
        Assert.All(terms, t => Assert.Contains(taxonomies, x => x.GetProperty("id").GetString() == t.GetProperty("taxonomy_id").GetString()));

        var conditions = taxonomies.Single(t => t.GetProperty("name").GetString() == "conditions").GetProperty("id").GetString();
        HsdsSchemas.AssertValid(await Hsds.Json($"/hsds/taxonomies/{conditions}"), "taxonomy.json", "conditions");
        HsdsSchemas.AssertValid(await Hsds.Json($"/hsds/taxonomy_terms/{byCode["ptsd"].GetProperty("id").GetString()}"), "taxonomy_term.json", "ptsd");
        var ofConditions = await Hsds.AllPages($"/hsds/taxonomy_terms?taxonomy_id={conditions}&per_page=500", "page:taxonomy_term.json");
        Assert.Equal(byCode.Count, ofConditions.Count);
    }

    [Fact]
    public async Task Ndjson_StreamsEveryServiceOnePerLine_EachValid_SameAsThePages()
    {
        var lines = await Hsds.Lines("/hsds/services?format=ndjson");
        Assert.Equal(ExamplePrograms, lines.Count);
        foreach (var line in lines) HsdsSchemas.AssertValid(line, "service.json", "ndjson line");
        var page = await Hsds.Json("/hsds/services?per_page=500");
        Assert.Equal(page.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("id").GetString()), lines.Select(l => l.GetProperty("id").GetString()));

        var sites = await Hsds.Lines("/hsds/service_at_locations?format=ndjson&postcode=02139&proximity=16000");
        Assert.NotEmpty(sites);
        foreach (var site in sites) HsdsSchemas.AssertValid(site, "service_at_location.json", "ndjson site");
    }

    [Fact]
    public void Validator_RejectsWhatTheSchemasForbid()
    {
        var bad = JsonDocument.Parse("""
            {"id": "not-a-uuid", "name": "x", "status": "open", "address1": "1 Main St", "url": "/relative",
             "attributes": [{"id": "x"}],
             "service_at_locations": [{"id": "2ed6657d-e927-568b-95e1-2665a8aea6a2", "location": {"id": "2ed6657d-e927-568b-95e1-2665a8aea6a2", "location_type": "moon", "addresses": [{"id": "2ed6657d-e927-568b-95e1-2665a8aea6a2"}]}}]}
            """).RootElement;
        var problems = HsdsSchemas.Problems(bad, "service.json");
        // Schemas referred to by file name are followed: attribute.json, service_at_location.json, location.json, address.json.
        Assert.Contains(problems, p => p.StartsWith("/attributes/0/id"));
        Assert.Contains(problems, p => p.StartsWith("/service_at_locations/0/location/location_type"));
        Assert.Contains(problems, p => p.StartsWith("/service_at_locations/0/location/addresses/0") && p.Contains("address_1"));
        Assert.Contains(problems, p => p.Contains("/id") && p.Contains("uuid"));
        Assert.Contains(problems, p => p.Contains("/status"));
        Assert.Contains(problems, p => p.Contains("/url"));
        Assert.Contains(problems, p => p.Contains("'address1' is not a property"));
        Assert.Contains("service_at_location.json", HsdsSchemas.Files);
        Assert.Equal(22, HsdsSchemas.Files.Count);
    }
}
