using AngleSharp.Html.Parser;
using System.Text.Json;

namespace IopFinder.Web.Tests.Search;

/// <summary>The site on the bundled national catalog (content/).</summary>
public sealed class NationalCatalogFactory : SiteFactory
{
    public override string ContentPath => Path.Combine(RepoRoot, "content");
}

/// <summary>
/// One national-catalog site for every test class that reads it: a site per class meant a dozen
/// copies of 6,733 listings indexing their words at once, and word searches timing out on two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NationalCatalogCollection : ICollectionFixture<NationalCatalogFactory>
{
    public const string Name = "national catalog";
}

[Collection(NationalCatalogCollection.Name)]
public class NationalCatalogSiteTests(NationalCatalogFactory factory)
{
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> Page(string url) =>
        new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(url));

    private async Task<JsonElement> Api(string url) =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync(url)).RootElement;

    [Fact]
    public async Task Home_SaysHowManyProgramsOfEachLevelAndFromWhichSources_WithoutExampleNotice()
    {
        var doc = await Page("/");
        var footer = doc.QuerySelector(".site-footer")!.TextContent;
        // Counted from the API, each level on its own and both together: the overlap is said, so the numbers add up.
        async Task<int> Total(string query) => (await Api("/api/programs?" + query)).GetProperty("total").GetInt32();
        var (all, iop, php) = (await Total("level=iop&level=php"), await Total("level=iop"), await Total("level=php"));
        Assert.Contains($"IopFinder lists {all:N0} programs ({iop:N0} intensive outpatient and {php:N0} day programs; {iop + php - all:N0} offer both)", footer);
        Assert.True(iop + php > all);
        Assert.Contains("SAMHSA National Directory of Substance Use Treatment Facilities (2023)", footer);
        Assert.Contains("SAMHSA National Directory of Mental Health Treatment Facilities (2024)", footer);
        Assert.Null(doc.QuerySelector(".example-notice"));
        Assert.Contains("5,736 intensive outpatient programs", doc.QuerySelector("#results-heading")!.TextContent);
    }

    [Theory]
    [InlineData("PTSD", "")]
    [InlineData("suboxone", "")]
    [InlineData("DBT", "&level=php")]
    public async Task Search_WordsFamiliesType_FindRealPrograms(string words, string level)
    {
        var api = await Api($"/api/programs?q={words}{level}");
        Assert.True(api.GetProperty("total").GetInt32() > 50, $"{words}: {api.GetProperty("total")}");
        var doc = await Page($"/?q={words}{level}");
        Assert.NotEmpty(doc.QuerySelectorAll(".result"));
    }

    [Fact]
    public async Task Search_FewIntensiveOutpatientPrograms_OffersTheDayProgramsThatMatch()
    {
        const string search = "population=serious-mental-illness&near=60614";
        Assert.True((await Api($"/api/programs?{search}")).GetProperty("total").GetInt32() < 5);
        var doc = await Page($"/?{search}");
        var link = doc.QuerySelectorAll(".ways-out a").Single(a => a.TextContent.Contains("day programs"));
        Assert.Contains("level=php", link.GetAttribute("href"));
        var count = int.Parse(new string(link.TextContent.TakeWhile(c => char.IsAsciiDigit(c) || c == ',').Where(char.IsAsciiDigit).ToArray()));
        Assert.Equal((await Api($"/api/programs?{search}&level=php")).GetProperty("total").GetInt32(), count);
        Assert.True(count > 5);
    }

    [Fact]
    public async Task SuboxoneSearch_FindsProgramsPrescribingBuprenorphineFirst()
    {
        var api = await Api("/api/programs?q=suboxone&size=10");
        Assert.All(api.GetProperty("results").EnumerateArray(), r =>
            Assert.Contains("buprenorphine", r.GetProperty("medications").EnumerateArray().Select(m => m.GetString())));
    }

    [Fact]
    public async Task ImportedProgramPage_SaysWhereTheDataComesFrom_WithoutStaffInstructions()
    {
        var doc = await Page("/programs/gavin-foundation-boston-ma");
        Assert.Equal("Gavin Foundation — Center for Recovery Services", doc.QuerySelector("h1")!.TextContent);
        var provenance = doc.QuerySelector(".provenance")!.TextContent;
        Assert.Contains("SAMHSA National Directory of Substance Use Treatment Facilities (2023)", provenance);
        Assert.Contains("The program has not confirmed it", provenance);
        Assert.DoesNotContain("claimed: true", doc.Body!.TextContent);
        Assert.Contains("may be out of date", provenance);
        Assert.Contains("More services listed by SAMHSA", doc.Body.TextContent);
        Assert.Contains("Buprenorphine (Suboxone)", doc.Body.TextContent);
        Assert.Contains("the program has not confirmed these details", doc.QuerySelector(".program .unconfirmed")!.TextContent);
        Assert.Equal("tel:6172685000;ext=1", doc.QuerySelector(".contact-first a[href^='tel:']")!.GetAttribute("href"));
        Assert.Contains("The schedule is not listed. Please call the program.", doc.Body.TextContent);
        Assert.Contains("Offers telehealth — ask whether it covers where you live", doc.QuerySelector(".program .formats")!.TextContent);
    }

    [Fact]
    public async Task DayProgramPage_SaysWhatADayProgramIs()
    {
        var doc = await Page("/programs/alaska-behavioral-health-anchorage-ak");
        Assert.Contains("Day program (partial hospitalization)", doc.QuerySelector(".program .level")!.TextContent);
        Assert.Contains("SAMHSA National Directory of Mental Health Treatment Facilities (2024)", doc.QuerySelector(".provenance")!.TextContent);
    }

    [Fact]
    public async Task ImportedProgram_UnknownScheduleBecomesAQuestionOnCompare()
    {
        var doc = await Page("/compare?ids=gavin-foundation-boston-ma&time=evening&w.crisis-plan=2");
        var questions = doc.QuerySelector(".questions")!.TextContent;
        Assert.Contains("What days and times do your groups meet", questions);
        Assert.Contains("safety plan", questions);
    }

    [Fact]
    public async Task EveningNearBoston_IsNoSilentDeadEnd()
    {
        var api = await Api("/api/programs?near=02139&radius=100&time=evening");
        Assert.Equal(0, api.GetProperty("total").GetInt32());
        var unknown = api.GetProperty("unknown_total").GetInt32();
        Assert.True(unknown > 50);
        var doc = await Page("/?near=02139&radius=100&time=evening");
        var link = doc.QuerySelectorAll(".ways-out a").Single(a => a.TextContent.Contains("don't list their schedule"));
        Assert.StartsWith($"{unknown:N0} more programs", link.TextContent);
        var listed = await Page(link.GetAttribute("href")!.Split('#')[0]);
        Assert.Equal(Math.Min(20, unknown), listed.QuerySelectorAll(".result-list-unknown .result").Length);
    }

    [Theory]
    [InlineData("depression")]
    [InlineData("Depresion")]
    public async Task DepressionTyped_IsNoDeadEnd_LeadsToTheConditionFilter(string words)
    {
        var doc = await Page($"/?q={words}");
        Assert.Contains("0 intensive outpatient programs", doc.QuerySelector("#results-heading")!.TextContent);
        // First, the day programs that treat mental health, with their count.
        var day = doc.QuerySelector(".ways-out a")!;
        var dayPrograms = (await Api("/api/programs?" + day.GetAttribute("href")!.TrimStart('/', '?'))).GetProperty("total").GetInt32();
        Assert.True(dayPrograms > 1000);
        Assert.Equal($"{dayPrograms:N0} day programs (partial hospitalization) treat mental health — see them", day.TextContent.Trim());
        Assert.Equal("/?condition=depression&level=php&condition=mental-health&condition=co-occurring", day.GetAttribute("href"));
        var es = await Page($"/?q={words}&lang=es");
        Assert.Equal($"{dayPrograms:N0} programas de día (hospitalización parcial) tratan la salud mental — véalos", es.QuerySelector(".ways-out a")!.TextContent.Trim());
        // Then the filter, which lists the programs that don't say, without saying "none" a second time.
        var link = doc.QuerySelectorAll(".ways-out a").Single(a => a.TextContent.StartsWith("Look for depression under “What do you need help with”"));
        var unknown = (await Api("/api/programs?condition=depression")).GetProperty("unknown_total").GetInt32();
        Assert.Equal($"Look for depression under “What do you need help with” instead: {unknown:N0} programs don’t say — see them and call to ask", link.TextContent.Trim());
        var href = link.GetAttribute("href")!;
        Assert.DoesNotContain("q=", href);
        var listed = await Page(href.Split('#')[0]);
        Assert.Equal(20, listed.QuerySelectorAll(".result-list-unknown .result").Length);
        Assert.Contains(listed.QuerySelectorAll("input[name=condition]"), i => i.GetAttribute("value") == "depression" && i.HasAttribute("checked"));
    }

    [Fact]
    public async Task WordsNamingATerm_TheFilterFindingNoMore_LeadsToTheProgramsThatDontSay()
    {
        var words = await Api("/api/programs?near=Chicago&q=PTSD&radius=25");
        var filter = await Api("/api/programs?near=Chicago&condition=ptsd&radius=25");
        Assert.Equal(words.GetProperty("total").GetInt32(), filter.GetProperty("total").GetInt32());
        var unknown = filter.GetProperty("unknown_total").GetInt32();
        var doc = await Page("/?near=Chicago&q=PTSD&radius=25");
        var link = doc.QuerySelectorAll(".ways-out a").Single(a => a.TextContent.StartsWith("Look for PTSD and trauma"));
        Assert.Equal($"Look for PTSD and trauma under “What do you need help with” instead: {unknown:N0} more programs don’t say — see them and call to ask", link.TextContent.Trim());
        Assert.Contains("include_unknown=true", link.GetAttribute("href"));
    }

    [Fact]
    public async Task CoOccurringProgram_AskedForDepression_SaysNotListedAsk_NotAMissedMustHave()
    {
        var doc = await Page("/compare?ids=gavin-foundation-boston-ma&condition=depression&w.condition=3");
        var cell = doc.QuerySelector(".compare-table tbody td")!.TextContent;
        Assert.Contains("Not listed — ask", cell);
        Assert.Contains("mental health and substance use together", cell);
        Assert.Null(doc.QuerySelector(".score .missed"));
        Assert.Contains("Do you treat depression?", doc.QuerySelector(".questions")!.TextContent);
        var api = await Api("/api/compare?ids=gavin-foundation-boston-ma&condition=depression&w.condition=3");
        var program = api.GetProperty("programs")[0];
        Assert.Equal("unknown", program.GetProperty("criteria")[0].GetProperty("result").GetString());
        Assert.Empty(program.GetProperty("missed_must_haves").EnumerateArray());
        Assert.Equal(0, program.GetProperty("known_share").GetDouble());
    }

    [Fact]
    public async Task ListingsThatSayNothing_NeverReadAsAPerfectMatch()
    {
        var doc = await Page("/compare?ids=gavin-foundation-boston-ma,renewal-house-inc-nashville-tn&w.accepting=2&w.fresh=2&w.schedule=2");
        Assert.All(doc.QuerySelectorAll(".compare-table thead .score-number"), s => Assert.DoesNotContain("100 of 100", s.TextContent));
        Assert.Contains("Answers 1 of 3 of your needs", doc.QuerySelector(".compare-table thead .answers")!.TextContent);
        Assert.DoesNotContain("answers everything you asked", doc.QuerySelector(".questions")!.TextContent);
        Assert.Contains("Are you accepting new patients", doc.QuerySelector(".questions")!.TextContent);
    }

    [Fact]
    public async Task Telehealth_IsSaidAsItIs_AndDistanceStays()
    {
        var api = await Api("/api/programs?near=02543&radius=100&format=virtual&size=100");
        Assert.All(api.GetProperty("results").EnumerateArray(), r =>
        {
            Assert.False(r.GetProperty("virtual_in_state").GetBoolean());
            Assert.Equal(JsonValueKind.Number, r.GetProperty("distance_miles").ValueKind);
        });
        var doc = await Page("/?near=02543&radius=100&format=virtual");
        var card = doc.QuerySelector(".result")!;
        Assert.Contains("Offers telehealth — ask whether it covers where you live", card.TextContent);
        Assert.Matches(@"\d+\.\d miles", card.QuerySelector(".where")!.TextContent);
        Assert.DoesNotContain("Virtual — available in", doc.Body!.TextContent);
    }
}
