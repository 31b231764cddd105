using System.Text.Json;
using IopFinder.Core.Fields;
using IopFinder.Web.Hsds;
using IopFinder.Web.Tests.Hsds;

namespace IopFinder.Web.Tests.Fields;

/// <summary>The API, its OpenAPI document and HSDS carry every term field definition, the confirmation and the openings date.</summary>
public class FieldsInApiTests(ConfirmedCatalogFactory factory) : IClassFixture<ConfirmedCatalogFactory>
{
    private async Task<JsonElement> Json(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private IopFinder.Core.Listings.Listing Listing => factory.Catalog().Listings.Single(l => l.Id == ConfirmedCatalogFactory.Id);

    [Fact]
    public async Task ProgramDetail_HasEveryTermField_ByItsYamlKey()
    {
        var json = await Json($"/api/programs/{ConfirmedCatalogFactory.Id}");
        foreach (var field in ListingFields.TermFields)
        {
            Assert.True(json.TryGetProperty(field.Key, out var ids), $"{field.Key} is missing");
            Assert.Equal(Listing.Terms[field.Vocabulary!], ids.EnumerateArray().Select(i => i.GetString()));
            Assert.NotEmpty(Listing.Terms[field.Vocabulary!]);
        }
    }

    [Fact]
    public async Task ProgramDetail_SaysWhoConfirmedAndWhen_AndWhenOpeningsWereSet()
    {
        var json = await Json($"/api/programs/{ConfirmedCatalogFactory.Id}");
        var confirmed = json.GetProperty("confirmed");
        Assert.Equal("2026-11-30", confirmed.GetProperty("date").GetString());
        Assert.Equal("program", confirmed.GetProperty("by").GetString());
        Assert.Equal("2026-11-28", json.GetProperty("openings_updated").GetString());
        Assert.Equal("2026-10-01", json.GetProperty("last_reviewed").GetString());
    }

    [Fact]
    public async Task OpenApi_DescribesEveryTermField_AndTheConfirmation()
    {
        var doc = await Json("/openapi/v1.json");
        var properties = doc.GetProperty("components").GetProperty("schemas").GetProperty("ProgramDetailDto").GetProperty("properties");
        foreach (var key in ListingFields.TermFields.Select(f => f.Key).Append("confirmed").Append("openings_updated"))
        {
            Assert.True(properties.TryGetProperty(key, out _), $"{key} is not described");
        }
        Assert.False(properties.TryGetProperty("terms", out _));
    }

    [Fact]
    public async Task HsdsService_AssuredDate_IsTheConfirmationDate_AndEveryTermIsAnAttribute()
    {
        var service = await Json($"/hsds/services/{HsdsIds.Service(ConfirmedCatalogFactory.Id)}");
        HsdsSchemas.AssertValid(service, "service.json", ConfirmedCatalogFactory.Id);
        Assert.Equal("2026-11-30", service.GetProperty("assured_date").GetString());
        var linked = service.GetProperty("attributes").EnumerateArray().Select(a => a.GetProperty("link_type").GetString()).Distinct();
        Assert.Equal(ListingFields.TermFields.Select(f => f.Key), linked);
    }
}
