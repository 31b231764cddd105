using System.Text.Json;
using IopFinder.Web.Hsds;
using IopFinder.Web.Shared.Wording;
using IopFinder.Web.Tests.Hsds;

namespace IopFinder.Web.Tests.Fields;

/// <summary>
/// A field and filter registered as docs/adding-a-field.md says reach the validator, search, facets, the
/// API, its OpenAPI document, HSDS, the search form and the comparison, with no other code changed.
/// </summary>
public class AddedFieldTests(WalkInsCatalogFactory factory) : IClassFixture<WalkInsCatalogFactory>
{
    private async Task<JsonElement> Json(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static readonly string Doc = File.ReadAllText(Path.Combine(SiteFactory.RepoRoot, "docs", "adding-a-field.md"));

    [Fact]
    public void Validator_AcceptsYesAndNo_AndReportsMaybeAtItsLine()
    {
        var catalog = factory.Catalog();
        Assert.Equal(true, WalkInsCatalogFactory.Field.Get(catalog.Listings.Single(l => l.Id == WalkInsCatalogFactory.Yes)));
        Assert.Equal(false, WalkInsCatalogFactory.Field.Get(catalog.Listings.Single(l => l.Id == WalkInsCatalogFactory.No)));
        Assert.Null(WalkInsCatalogFactory.Field.Get(catalog.Listings.Single(l => l.Id == WalkInsCatalogFactory.Silent)));
        Assert.DoesNotContain(catalog.Listings, l => l.Id == WalkInsCatalogFactory.Maybe);

        var path = factory.ListingPath(WalkInsCatalogFactory.Maybe);
        var line = File.ReadAllLines(path).ToList().FindIndex(l => l.StartsWith("accepts_walk_ins:", StringComparison.Ordinal)) + 1;
        Assert.Equal($"{path}:{line}: 'accepts_walk_ins' must be true or false, not 'maybe'", Assert.Single(catalog.Problems).ToString());
    }

    [Fact]
    public async Task Search_WithWalkIns_KeepsTheYesListing_AndTheSilentOneDoesNotSay()
    {
        var json = await Json("/api/programs?walk_ins=true&include_unknown=true");
        var results = json.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(WalkInsCatalogFactory.Yes, results[0].GetProperty("id").GetString());
        Assert.Equal(1, json.GetProperty("unknown_total").GetInt32());
        var silent = Assert.Single(results, r => r.GetProperty("id").GetString() == WalkInsCatalogFactory.Silent);
        Assert.Equal(["walk_ins"], silent.GetProperty("unknown").EnumerateArray().Select(u => u.GetString()));
        Assert.DoesNotContain(results, r => r.GetProperty("id").GetString() == WalkInsCatalogFactory.No);
    }

    [Fact]
    public async Task Facets_CountTheListingsThatSayYes()
    {
        var json = await Json("/api/programs");

        Assert.Equal(3, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("facets").GetProperty("walk_ins").GetProperty("true").GetInt32());
    }

    [Theory]
    [InlineData(WalkInsCatalogFactory.Yes, true)]
    [InlineData(WalkInsCatalogFactory.No, false)]
    public async Task ProgramDetail_CarriesTheField_ByItsYamlKey(string id, bool says)
    {
        var json = await Json($"/api/programs/{id}");

        Assert.Equal(says, json.GetProperty("accepts_walk_ins").GetBoolean());
    }

    [Fact]
    public async Task ProgramDetail_OfTheSilentListing_SaysNull()
    {
        var json = await Json($"/api/programs/{WalkInsCatalogFactory.Silent}");

        Assert.Equal(JsonValueKind.Null, json.GetProperty("accepts_walk_ins").ValueKind);
    }

    [Fact]
    public async Task OpenApi_ListsTheParameter_AndDescribesTheField()
    {
        var doc = await Json("/openapi/v1.json");
        var parameters = doc.GetProperty("paths").GetProperty("/api/programs").GetProperty("get").GetProperty("parameters").EnumerateArray();
        var walkIns = Assert.Single(parameters, p => p.GetProperty("name").GetString() == "walk_ins");
        Assert.Equal("boolean", walkIns.GetProperty("schema").GetProperty("type").GetString());
        var properties = doc.GetProperty("components").GetProperty("schemas").GetProperty("ProgramDetailDto").GetProperty("properties");
        Assert.True(properties.TryGetProperty("accepts_walk_ins", out _));
    }

    [Fact]
    public async Task HsdsService_CarriesTheAnswer_AsAnAttribute()
    {
        var service = await Json($"/hsds/services/{HsdsIds.Service(WalkInsCatalogFactory.Yes)}");

        HsdsSchemas.AssertValid(service, "service.json", WalkInsCatalogFactory.Yes);
        var attribute = Assert.Single(service.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("link_type").GetString() == "accepts_walk_ins");
        Assert.Equal("true", attribute.GetProperty("value").GetString());
    }

    [Fact]
    public async Task SearchPage_ShowsTheFilterGroup_AsACheckbox()
    {
        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Contains("id=\"group-walk_ins\"", html);
        Assert.Contains("<input type=\"checkbox\" name=\"walk_ins\" value=\"true\"", html);
    }

    private const string Compared = $"ids={WalkInsCatalogFactory.Yes},{WalkInsCatalogFactory.No},{WalkInsCatalogFactory.Silent}&walk_ins=true";

    [Fact]
    public async Task CompareApi_WithWalkInsAsked_ScoresItAsANeed_YesNoAndDoesNotSay()
    {
        var json = await Json($"/api/compare?{Compared}");

        var results = json.GetProperty("programs").EnumerateArray().ToDictionary(
            p => p.GetProperty("id").GetString()!,
            p => Assert.Single(p.GetProperty("criteria").EnumerateArray(), c => c.GetProperty("need").GetString() == "walk_ins").GetProperty("result").GetString());
        Assert.Equal("met", results[WalkInsCatalogFactory.Yes]);
        Assert.Equal("unmet", results[WalkInsCatalogFactory.No]);
        Assert.Equal("unknown", results[WalkInsCatalogFactory.Silent]);
    }

    [Fact]
    public async Task ComparePage_WithWalkInsAsked_ShowsItsRow_AndItsImportance()
    {
        var html = await factory.CreateClient().GetStringAsync($"/compare?{Compared}");

        Assert.Contains("id=\"need-walk_ins\"", html);
        Assert.Contains("name=\"w.walk_ins\"", html);
        Assert.Contains("class=\"result-met\"", html);
        Assert.Contains("class=\"result-unmet\"", html);
    }

    [Fact]
    public void Doc_ShowsTheRegistrationThisTestMakes_AndEveryWordToAdd()
    {
        Assert.Contains("ExtraFields.YesNo(\"accepts_walk_ins\")", Doc);
        Assert.Contains("FlagFilter.Over(ListingFields.Find(\"accepts_walk_ins\")!, \"walk_ins\")", Doc);
        Assert.Equal("accepts_walk_ins", WalkInsCatalogFactory.Field.Key);
        Assert.Equal("walk_ins", WalkInsCatalogFactory.Filter.Parameter);
        foreach (var key in FilterWords.Keys(WalkInsCatalogFactory.Filter).Append(WalkInsCatalogFactory.Field.LabelKey).Append(WalkInsCatalogFactory.Field.HelpKey))
        {
            Assert.Contains($"`{key}`", Doc);
        }
    }
}
