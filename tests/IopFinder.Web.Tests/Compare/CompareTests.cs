using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Tests.Compare;

public class CompareTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string Three = "ids=harborview-example-iop,beacon-hill-example-iop,green-mountain-example-virtual-iop";

    private async Task<(HttpStatusCode Status, JsonElement Json)> Api(string query)
    {
        var response = await factory.CreateClient().GetAsync("/api/compare?" + query);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task SearchWordsNamingANeed_AreSaidNotScored_AndOneLinkAddsTheNeed()
    {
        var page = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync($"/compare?q=PTSD&near=02139&{Three}"));
        Assert.DoesNotContain(page.QuerySelectorAll(".compare-table tbody th"), th => th.TextContent.Contains("PTSD"));
        var link = page.QuerySelector(".words-not-scored a")!;
        Assert.Equal("Your search words “PTSD” are not scored here: add PTSD and trauma to your needs", link.TextContent.Trim());
        Assert.Contains("condition=ptsd", link.GetAttribute("href"));
        var added = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(link.GetAttribute("href")!));
        Assert.Contains(added.QuerySelectorAll(".compare-table tbody th"), th => th.TextContent.Contains("PTSD and trauma"));
        Assert.Null(added.QuerySelector(".words-not-scored"));
        // Words that name no need say nothing.
        var plain = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync($"/compare?q=harbor&{Three}"));
        Assert.Null(plain.QuerySelector(".words-not-scored"));
    }

    [Fact]
    public async Task ApiCompare_HasTheSpecShapeBestFirst()
    {
        var (status, json) = await Api($"{Three}&insurance=medicaid&w.insurance=3&time=evening&w.psychiatrist-on-staff=2");
        Assert.Equal(HttpStatusCode.OK, status);
        var programs = json.GetProperty("programs");
        Assert.Equal(3, programs.GetArrayLength());
        var scores = programs.EnumerateArray().Select(p => p.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        var beacon = programs.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "beacon-hill-example-iop");
        Assert.Equal("insurance", beacon.GetProperty("missed_must_haves")[0].GetString());
        var criterion = beacon.GetProperty("criteria").EnumerateArray().First(c => c.GetProperty("need").GetString() == "time");
        Assert.Equal("unmet", criterion.GetProperty("result").GetString());
        Assert.Equal(2, criterion.GetProperty("weight").GetInt32());
        Assert.Equal(0, criterion.GetProperty("credit").GetDouble());
        Assert.False(string.IsNullOrEmpty(criterion.GetProperty("why").GetString()));
        Assert.Contains("psychiatrist", beacon.GetProperty("questions")[0].GetString());
    }

    [Fact]
    public async Task ApiCompare_MoreThanSixIds_Is400()
    {
        var (status, json) = await Api("ids=a,b,c,d,e,f,g");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("up to 6 programs", json.GetProperty("errors").GetProperty("ids")[0].GetString());
    }

    [Fact]
    public async Task ApiCompare_UnknownId_Is404()
    {
        var (status, json) = await Api("ids=harborview-example-iop,no-such-program");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("no-such-program", json.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("insurance=medicaid")]
    [InlineData("ids=harborview-example-iop&w.insurance=9")]
    [InlineData("ids=harborview-example-iop&max_hours=many")]
    public async Task ApiCompare_MissingIdsOrBadParameter_Is400(string query) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await Api(query)).Status);

    [Fact]
    public async Task ComparePage_IsATableWithProgramColumnsNeedRowsAndWords()
    {
        var html = await factory.CreateClient().GetStringAsync($"/compare?{Three}&insurance=medicaid&w.insurance=3");
        var doc = new HtmlParser().ParseDocument(html);
        var table = doc.QuerySelector("table.compare-table")!;
        Assert.NotNull(table.QuerySelector("caption"));
        var headers = table.QuerySelectorAll("thead th[scope=col]");
        Assert.Equal(4, headers.Length);
        Assert.Contains("Misses a must-have", headers.Single(h => h.TextContent.Contains("Beacon Hill")).TextContent);
        var row = table.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("th")!.TextContent.Contains("Insurance: Medicaid"));
        Assert.Contains("(Must have)", row.TextContent);
        Assert.Contains(row.QuerySelectorAll("td"), td => td.TextContent.Contains("Yes"));
        Assert.Contains(row.QuerySelectorAll("td"), td => td.TextContent.Contains("No"));
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)doc.GetElementById("w-insurance-3")!).IsChecked);
        Assert.NotNull(doc.QuerySelector(".questions"));
        Assert.Contains("/programs/harborview-example-iop", doc.QuerySelector(".contact-row")!.TextContent);
    }

    [Fact]
    public async Task ComparePage_SevenPrograms_ExplainsAndComparesTheFirstSix()
    {
        var ids = "harborview-example-iop,beacon-hill-example-iop,green-mountain-example-virtual-iop,smoky-mountain-example-iop,lakeside-example-mood-iop,bayou-example-iop,empire-example-iop";
        var response = await factory.CreateClient().GetAsync($"/compare?ids={ids}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("up to 6 programs", doc.QuerySelector(".notice")!.TextContent);
        Assert.Equal(7, doc.QuerySelectorAll("table.compare-table thead th").Length);
    }

    [Fact]
    public async Task ComparePage_OnlyProgramsNoLongerListed_SaysSo_NotThatNoneWasChosen()
    {
        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync("/compare?ids=a,b,c,d,e,f,g"));
        var empty = doc.QuerySelector(".empty")!.TextContent;
        Assert.Contains("None of the programs chosen is listed any more", empty);
        Assert.DoesNotContain("Only the first", doc.QuerySelector(".notice")!.TextContent);
        Assert.Contains("'a' is no longer listed", doc.QuerySelector(".notice")!.TextContent);
    }

    [Theory]
    [InlineData("30,-40")]
    [InlineData("Xyzzyville")]
    [InlineData("99999")]
    public async Task ComparePage_NearAPlaceItCannotMeasureFrom_WarnsAndComparesTheRest(string place)
    {
        foreach (var diff in new[] { "", "&diff=1" })
        {
            var response = await factory.CreateClient().GetAsync($"/compare?{Three}&insurance=medicaid&near={Uri.EscapeDataString(place)}{diff}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Contains("not limited by distance", doc.QuerySelector(".notice")!.TextContent);
            Assert.DoesNotContain(doc.QuerySelectorAll("table.compare-table tbody th"), th => th.TextContent.Contains("miles of"));
            Assert.Contains(doc.QuerySelectorAll("table.compare-table tbody th"), th => th.TextContent.StartsWith("Insurance", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ComparePage_OnlyDifferences_HidesRowsWherePromgramsAgree()
    {
        var client = factory.CreateClient();
        var all = new HtmlParser().ParseDocument(await client.GetStringAsync($"/compare?{Three}&condition=depression&insurance=medicaid"));
        var diff = new HtmlParser().ParseDocument(await client.GetStringAsync($"/compare?{Three}&condition=depression&insurance=medicaid&diff=1"));
        Assert.Contains(all.QuerySelectorAll("tbody th"), th => th.TextContent.StartsWith("Conditions"));
        Assert.DoesNotContain(diff.QuerySelectorAll("tbody th"), th => th.TextContent.StartsWith("Conditions"));
        Assert.Contains(diff.QuerySelectorAll("tbody th"), th => th.TextContent.StartsWith("Insurance"));
    }

    [Fact]
    public async Task SearchResults_CarryTheCompareSetAndOfferToggles()
    {
        var html = await factory.CreateClient().GetStringAsync("/?condition=depression&ids=harborview-example-iop");
        var doc = new HtmlParser().ParseDocument(html);
        var tray = doc.QuerySelector(".compare-tray")!;
        Assert.Contains("Harborview Example IOP", tray.TextContent);
        Assert.Equal("/compare?condition=depression&ids=harborview-example-iop", tray.QuerySelector("a.button-primary")!.GetAttribute("href"));
        var add = doc.QuerySelectorAll("a.compare-toggle").First(a => !a.ClassList.Contains("is-chosen"));
        // Without JavaScript, adding comes back to the same card.
        Assert.Matches(@"^/\?condition=depression&ids=harborview-example-iop,([a-z0-9-]+)#result-\1$", add.GetAttribute("href")!);
        Assert.Contains(doc.QuerySelectorAll(".result h3 a"), a => a.GetAttribute("href")!.Contains("ids=harborview-example-iop"));
    }
}
