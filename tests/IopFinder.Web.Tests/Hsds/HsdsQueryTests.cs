using System.Net;
using System.Text.Json;
using IopFinder.Web.Hsds;

namespace IopFinder.Web.Tests.Hsds;

/// <summary>The HSDS list parameters do what they say, and every bad value is a 400 naming its parameter.</summary>
public class HsdsQueryTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private HsdsClient Hsds => new(factory.CreateClient());

    private static IEnumerable<string?> Names(JsonElement page) => page.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("name").GetString());

    private static Guid Term(string vocabulary, string code) => HsdsIds.TaxonomyTerm(vocabulary, code);

    private async Task<int> SiteTotal(string query) => (await Hsds.Json($"/api/programs?{query}&level=iop&level=php")).GetProperty("total").GetInt32();

    [Fact]
    public async Task Search_FindsWhatTheSiteSearchFinds_BestMatchFirst()
    {
        var page = await Hsds.Json("/hsds/services?search=eating%20disorders");
        Assert.Equal("Cascade Example Eating Disorders IOP", Names(page).First());
        Assert.Equal(await SiteTotal("q=eating%20disorders"), page.GetProperty("total_items").GetInt32());
    }

    [Theory]
    [InlineData("conditions", "gambling", "condition")]
    [InlineData("medications", "buprenorphine", "medication")]
    [InlineData("insurance", "medicaid", "insurance")]
    [InlineData("conditions", "mental-health", "condition")]
    public async Task TaxonomyTermId_KeepsTheServicesTheSiteFilterFinds_EachNamingTheTermOrANarrowerOne(string vocabulary, string code, string parameter)
    {
        var page = await Hsds.Json($"/hsds/services?taxonomy_term_id={Term(vocabulary, code)}&per_page=500");
        var total = page.GetProperty("total_items").GetInt32();
        Assert.True(total > 0);
        Assert.Equal(await SiteTotal($"{parameter}={code}"), total);
        Assert.All(page.GetProperty("contents").EnumerateArray(), s => Assert.Contains(s.GetProperty("attributes").EnumerateArray(),
            a => a.GetProperty("link_type").GetString() == vocabulary));
    }

    [Fact]
    public async Task TaxonomyTermId_OfDayPrograms_ListsOnlyDayPrograms()
    {
        var page = await Hsds.Json($"/hsds/services?taxonomy_term_id={Term("levels_of_care", "php")}&per_page=500");
        var php = Term("levels_of_care", "php").ToString();
        Assert.Equal((await Hsds.Json("/api/programs?level=php")).GetProperty("total").GetInt32(), page.GetProperty("total_items").GetInt32());
        Assert.All(page.GetProperty("contents").EnumerateArray(), s => Assert.Contains(s.GetProperty("attributes").EnumerateArray(),
            a => a.GetProperty("taxonomy_term_id").GetString() == php));
    }

    [Fact]
    public async Task TaxonomyTermId_NamingNoTermOfOurs_FindsNothing()
    {
        var page = await Hsds.Json($"/hsds/services?taxonomy_term_id={Guid.NewGuid()}");
        Assert.Equal(0, page.GetProperty("total_items").GetInt32());
        Assert.True(page.GetProperty("empty").GetBoolean());
    }

    [Fact]
    public async Task Paging_DefaultsTo50_CountsPages_AndPastTheEndIsEmpty()
    {
        var all = await Hsds.Json("/hsds/services");
        Assert.Equal(47, all.GetProperty("size").GetInt32());
        var third = await Hsds.Json("/hsds/services?per_page=20&page=3");
        Assert.Equal((7, 3, false, true, false), (third.GetProperty("size").GetInt32(), third.GetProperty("total_pages").GetInt32(),
            third.GetProperty("first_page").GetBoolean(), third.GetProperty("last_page").GetBoolean(), third.GetProperty("empty").GetBoolean()));
        Assert.Equal(Names(all).Skip(40), Names(third));
        var after = await Hsds.Json("/hsds/services?per_page=20&page=9");
        Assert.True(after.GetProperty("empty").GetBoolean());
        Assert.Equal(47, after.GetProperty("total_items").GetInt32());
    }

    [Theory]
    [InlineData("2026-01-31")]
    [InlineData("2026-01-31T09:30Z")]
    [InlineData("2026-01-31T09:30:00Z")]
    [InlineData("2026-01-31T09:30:00.123%2B02:00")]
    [InlineData("2026-01-31T09:30:00+02:00")]
    [InlineData("2026-01-31T09:30:00")]
    public async Task ModifiedAfter_TakesIsoDatesAndTimes(string value) =>
        Assert.Equal(47, (await Hsds.Json($"/hsds/services?modified_after={value}")).GetProperty("total_items").GetInt32());

    [Fact]
    public async Task ModifiedAfter_InTheFuture_FindsNothing() =>
        Assert.Equal(0, (await Hsds.Json("/hsds/services?modified_after=2999-01-01")).GetProperty("total_items").GetInt32());

    [Theory]
    [InlineData("/hsds/services?page=0", "page")]
    [InlineData("/hsds/services?page=abc", "page")]
    [InlineData("/hsds/services?page=1&page=2", "page")]
    [InlineData("/hsds/services?per_page=0", "per_page")]
    [InlineData("/hsds/services?per_page=501", "per_page")]
    [InlineData("/hsds/services?per_page=1.5", "per_page")]
    [InlineData("/hsds/services?modified_after=yesterday", "modified_after")]
    [InlineData("/hsds/services?modified_after=2026-13-01", "modified_after")]
    [InlineData("/hsds/services?modified_after=01/02/2026", "modified_after")]
    [InlineData("/hsds/services?taxonomy_term_id=ptsd", "taxonomy_term_id")]
    [InlineData("/hsds/services?format=xml", "format")]
    [InlineData("/hsds/service_at_locations?postcode=abc", "postcode")]
    [InlineData("/hsds/service_at_locations?postcode=99999", "postcode")]
    [InlineData("/hsds/service_at_locations?postcode=02139&proximity=-5", "proximity")]
    [InlineData("/hsds/service_at_locations?postcode=02139&proximity=1e309", "proximity")]
    [InlineData("/hsds/service_at_locations?postcode=02139&proximity=NaN", "proximity")]
    [InlineData("/hsds/service_at_locations?proximity=16000", "proximity")]
    [InlineData("/hsds/service_at_locations?per_page=-1", "per_page")]
    [InlineData("/hsds/taxonomy_terms?taxonomy_id=conditions", "taxonomy_id")]
    [InlineData("/hsds/taxonomies?page=x", "page")]
    public async Task BadParameter_IsA400ProblemNamingIt(string url, string parameter)
    {
        var problem = await Hsds.Problem(url, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.NotEmpty(errors.GetProperty(parameter).EnumerateArray());
    }

    [Fact]
    public async Task HundredsOfParameters_AreA400Problem()
    {
        var problem = await Hsds.Problem("/hsds/services?" + string.Join("&", Enumerable.Repeat("per_page=5", 400)), HttpStatusCode.BadRequest);
        Assert.Contains("Too many", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/hsds/services/harborview-example-iop")]
    [InlineData("/hsds/services/00000000-0000-0000-0000-000000000000")]
    [InlineData("/hsds/service_at_locations/x")]
    [InlineData("/hsds/taxonomies/9b2f4c1e-0000-4000-8000-000000000000")]
    [InlineData("/hsds/taxonomy_terms/%3Cscript%3E")]
    public async Task UnknownId_IsA404Problem(string url) => await Hsds.Problem(url, HttpStatusCode.NotFound);

    [Fact]
    public async Task ServiceAtLocations_WithAPostcodeAlone_HoldTheSitesInThatZip()
    {
        var page = await Hsds.Json("/hsds/service_at_locations?postcode=02139");
        var physical = page.GetProperty("contents").EnumerateArray().Where(s => s.GetProperty("location").GetProperty("location_type").GetString() == "physical").ToList();
        Assert.NotEmpty(physical);
        Assert.All(physical, s => Assert.Equal("02139", s.GetProperty("location").GetProperty("addresses")[0].GetProperty("postal_code").GetString()));
    }
}
