namespace IopFinder.Web.Tests.Hsds;

/// <summary>A listing full of markup still gives valid HSDS documents, its text carried as JSON strings.</summary>
public class HsdsHostileContentTests(HostileContentFactory factory) : IClassFixture<HostileContentFactory>
{
    [Fact]
    public async Task HostileListing_GivesValidDocuments_WithItsTextAsPlainStrings()
    {
        var hsds = new HsdsClient(factory.CreateClient());
        var page = await hsds.Json("/hsds/services");
        HsdsSchemas.AssertValid(page, "page:service.json", "hostile catalog");
        var service = Assert.Single(page.GetProperty("contents").EnumerateArray());
        Assert.Equal("<script>alert('name')</script> Example IOP", service.GetProperty("name").GetString());
        Assert.Equal("<b>1 Main</b>", service.GetProperty("service_at_locations")[0].GetProperty("location").GetProperty("addresses")[0].GetProperty("address_1").GetString());
        foreach (var line in await hsds.Lines("/hsds/service_at_locations?format=ndjson")) HsdsSchemas.AssertValid(line, "service_at_location.json", "hostile site");
    }
}
