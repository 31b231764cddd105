using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using IopFinder.Web.Compare;

namespace IopFinder.Web.Tests.Search;

/// <summary>Issue 19, "honest order", on the bundled national catalog: ties go to the nearer program, never to the alphabet.</summary>
[Collection(NationalCatalogCollection.Name)]
public class HonestOrderTests(NationalCatalogFactory factory)
{
    private const string Montrose = "montrose-behavioral-health-outpatient-chicago-il";
    private const string Deerfield = "deerfield-behavioral-health-deerfield-il";

    private async Task<IHtmlDocument> Page(string url) =>
        new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(url));

    private async Task<JsonElement> Api(string url) =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync(url)).RootElement;

    private static List<(string Id, string Name, double Miles)> Results(JsonElement json) =>
        [.. json.GetProperty("results").EnumerateArray().Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("name").GetString()!, r.GetProperty("distance_miles").GetDouble()))];

    [Fact]
    public async Task Search_NearAPlaceWithoutWords_ListsNearestFirst()
    {
        var miles = Results(await Api("/api/programs?near=60614&size=50")).Select(r => r.Miles).ToList();
        Assert.Equal(miles.Order(), miles);
    }

    [Fact]
    public async Task Search_BestMatchesWithEqualScores_NearestFirstNotAlphabetical()
    {
        // Every intensive outpatient program matches "iop" through its level of care alike; only a name
        // with "IOP" in it scores higher. The rest tie, and the nearer comes first.
        var results = Results(await Api("/api/programs?q=iop&near=60614&size=40"));
        var tied = results.Where(r => !r.Name.Contains("IOP", StringComparison.OrdinalIgnoreCase)).Select(r => r.Miles).ToList();
        Assert.True(tied.Count > 20);
        Assert.Equal(tied.Order(), tied);

        // Pins follow the result order: pin 1 is the first card, not a program 19 miles away.
        var doc = await Page("/?q=iop&near=60614");
        var first = doc.QuerySelector(".result h3 a")!.GetAttribute("href");
        Assert.Equal(first, doc.QuerySelector("figure#results-map svg a[data-number='1']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Compare_EqualScoresNearAPlace_NearestColumnFirst()
    {
        // Both day programs list Medicaid and DBT and are within 25 miles: Montrose (Chicago) is nearer than
        // Deerfield, whose name comes first in the alphabet and which is chosen first.
        var json = await Api($"/api/compare?ids={Deerfield},{Montrose}&near=60614&insurance=medicaid&modality=dbt");
        var programs = json.GetProperty("programs").EnumerateArray().ToList();
        Assert.Equal(programs[0].GetProperty("score").GetDouble(), programs[1].GetProperty("score").GetDouble());
        Assert.Equal(programs[0].GetProperty("known_share").GetDouble(), programs[1].GetProperty("known_share").GetDouble());
        Assert.Equal([Montrose, Deerfield], programs.Select(p => p.GetProperty("id").GetString()));

        var doc = await Page($"/compare?ids={Deerfield},{Montrose}&near=60614&insurance=medicaid&modality=dbt");
        var columns = doc.QuerySelectorAll(".compare-table thead th a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.StartsWith($"/programs/{Montrose}", columns[0]);
        Assert.StartsWith($"/programs/{Deerfield}", columns[1]);
    }

    [Fact]
    public async Task Compare_WithoutNeeds_ShowsNoScoreAndAsksWhatMatters()
    {
        const string ids = $"ids={Deerfield},{Montrose}";
        var json = await Api($"/api/compare?{ids}");
        Assert.All(json.GetProperty("programs").EnumerateArray(), p =>
        {
            Assert.Equal(JsonValueKind.Null, p.GetProperty("score").ValueKind);
            Assert.Equal(JsonValueKind.Null, p.GetProperty("known_share").ValueKind);
            Assert.Empty(p.GetProperty("criteria").EnumerateArray());
            Assert.NotEmpty(p.GetProperty("questions").EnumerateArray());
        });

        var doc = await Page($"/compare?{ids}");
        var text = doc.QuerySelector("#comparison")!.TextContent;
        Assert.DoesNotContain("of 100", text);
        Assert.DoesNotContain("Listing reviewed in the last year", text);
        Assert.Empty(doc.QuerySelectorAll(".compare-table td.result-unmet"));
        Assert.Contains("2 programs side by side", doc.QuerySelector("#comparison-heading")!.TextContent);
        Assert.Equal("#checklist-form", doc.QuerySelector(".ask-what-matters a")!.GetAttribute("href"));
        // The questions are each listing's own gaps, as on its program page.
        Assert.Contains("Are you accepting new patients", doc.QuerySelector(".questions")!.TextContent);
    }

    [Fact]
    public async Task OpenApi_CompareScoreAndKnownShare_MayBeNull()
    {
        var doc = await Api("/openapi/v1.json");
        var dto = doc.GetProperty("components").GetProperty("schemas").GetProperty("ComparedProgramDto").GetProperty("properties");
        foreach (var name in new[] { "score", "known_share" })
        {
            Assert.Contains("null", dto.GetProperty(name).GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        }
    }
}
