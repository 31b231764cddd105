using System.Text.Json;
using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests.Search;

/// <summary>Programs that don't say are counted, can be listed after the matches with what to ask, and never change the facet counts.</summary>
public class UnknownIsNotNoTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private async Task<JsonElement> Api(string url) =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync(url)).RootElement;

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> Page(string url) =>
        new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(url));

    [Fact]
    public async Task Search_CountsTheProgramsThatDontSay()
    {
        var json = await Api("/api/programs?time=evening&size=100");
        var noSchedule = (await Api("/api/programs?size=100")).GetProperty("results").EnumerateArray()
            .Count(r => r.GetProperty("hours_per_week").ValueKind == JsonValueKind.Null);
        Assert.True(noSchedule > 0);
        Assert.Equal(noSchedule, json.GetProperty("unknown_total").GetInt32());
        Assert.All(json.GetProperty("results").EnumerateArray(), r => Assert.Empty(r.GetProperty("unknown").EnumerateArray()));
    }

    [Fact]
    public async Task IncludeUnknown_ListsThemAfterTheMatches_MarkedWithWhatTheyDontSay()
    {
        var plain = await Api("/api/programs?time=evening&size=100");
        var json = await Api("/api/programs?time=evening&include_unknown=true&size=100");
        var results = json.GetProperty("results").EnumerateArray().ToList();
        var matches = plain.GetProperty("total").GetInt32();
        Assert.Equal(matches + json.GetProperty("unknown_total").GetInt32(), results.Count);
        Assert.All(results.Take(matches), r => Assert.Empty(r.GetProperty("unknown").EnumerateArray()));
        Assert.All(results.Skip(matches), r => Assert.Equal(["time"], r.GetProperty("unknown").EnumerateArray().Select(u => u.GetString())));
        // Facet counts stay counts of matches.
        Assert.Equal(plain.GetProperty("facets").ToString(), json.GetProperty("facets").ToString());
        Assert.Equal(plain.GetProperty("total").GetInt32(), json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Page_OffersTheProgramsThatDontSay_OneLinkAway_EachWithWhatToAsk()
    {
        var doc = await Page("/?time=evening");
        var link = doc.QuerySelector(".unknown-more a")!;
        Assert.Contains("more programs don't list their schedule", link.TextContent);
        Assert.Contains("include_unknown=true", link.GetAttribute("href"));
        var listed = await Page(link.GetAttribute("href")!.Split('#')[0]);
        Assert.Contains("Programs that don't say", listed.QuerySelector("#unknown-heading")!.TextContent);
        var card = listed.QuerySelector(".result-list-unknown .result")!;
        Assert.Contains("Doesn't say: schedule.", card.QuerySelector(".ask")!.TextContent);
        Assert.Contains("What days and times do your groups meet", card.QuerySelector(".ask")!.TextContent);
    }

    [Theory]
    [InlineData("condition=depression", "don't say whether they treat depression")]
    [InlineData("condition=depression&lang=es", "no dicen si tratan depresión")]
    [InlineData("insurance=medicaid", "whether they take Medicaid")]
    [InlineData("insurance=medicaid&lang=es", "aceptan Medicaid")]
    [InlineData("condition=ptsd", "don't say whether they treat PTSD and trauma")]
    public async Task UnknownLead_WritesLabelsAsASentenceDoes_NamesAndAcronymsKeepTheirCapital(string query, string lead)
    {
        var doc = await Page($"/?{query}");
        Assert.Contains(lead, doc.QuerySelector(".unknown-more a")!.TextContent);
    }

    [Fact]
    public async Task ProgramsThatDontSay_Listed_TheHeadingCountsThemToo()
    {
        var unknown = (await Api("/api/programs?time=evening")).GetProperty("unknown_total").GetInt32();
        var doc = await Page("/?time=evening&include_unknown=true");
        Assert.EndsWith($" · {unknown} more don’t say (listed below)", doc.QuerySelector("#results-heading")!.TextContent);
        var es = await Page("/?time=evening&include_unknown=true&lang=es");
        Assert.EndsWith($" · otros {unknown} no lo dicen (aparecen abajo)", es.QuerySelector("#results-heading")!.TextContent);
    }

    [Fact]
    public async Task ZeroResults_LeadToTheFilterToRemove_AndTheProgramsThatDontSay()
    {
        var doc = await Page("/?near=59001&radius=10&time=evening&insurance=tricare");
        Assert.Contains("0 intensive outpatient programs", doc.QuerySelector("#results-heading")!.TextContent);
        var ways = doc.QuerySelectorAll(".ways-out a").Select(a => (a.TextContent, Href: a.GetAttribute("href")!)).ToList();
        Assert.NotEmpty(ways);
        foreach (var (text, href) in ways.Where(w => w.TextContent.StartsWith("Remove")))
        {
            var count = int.Parse(text.Split(" to see ")[1].Split(' ')[0]);
            Assert.Equal(count, (await Api("/api/programs" + href[1..])).GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task FacetValuesNoProgramHas_AreNotOfferedAsIfTheyHadSome()
    {
        // Folded away at first; shown last, marked, without a count, when the group is opened.
        var folded = await Page("/");
        Assert.Empty(folded.QuerySelectorAll("#group-population .none-listed"));
        var doc = await Page("/?more=population");
        var options = doc.QuerySelectorAll("#group-population .option").ToList();
        var unlisted = options.Where(o => o.QuerySelector(".none-listed") is not null).ToList();
        Assert.NotEmpty(unlisted);
        Assert.All(unlisted, o => Assert.Null(o.QuerySelector(".count")));
        Assert.Equal(options.TakeLast(unlisted.Count), unlisted);
    }

    [Fact]
    public async Task Placeholder_SuggestsWhatTheCatalogCanAnswer()
    {
        var doc = await Page("/");
        Assert.StartsWith("For example: PTSD", doc.QuerySelector("#q")!.GetAttribute("placeholder"));
    }

    [Fact]
    public async Task Compare_SaysHowMuchEachListingAnswers()
    {
        const string needs = "w.accepting=2&w.fresh=2&w.schedule=2";
        var json = await Api("/api/compare?ids=harborview-example-iop,twin-ports-example-iop&" + needs);
        var programs = json.GetProperty("programs").EnumerateArray().ToList();
        Assert.All(programs, p => Assert.InRange(p.GetProperty("known_share").GetDouble(), 0, 1));
        var doc = await Page("/compare?ids=harborview-example-iop,twin-ports-example-iop&" + needs);
        Assert.Matches(@"Answers \d of 3 of your needs", doc.QuerySelector(".score .answers")!.TextContent);
    }
}
