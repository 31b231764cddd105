using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests.Search;

public partial class SearchMapTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private async Task<IHtmlDocument> Page(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> Api(string query) =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/programs" + query)).RootElement;

    private static string IdOf(IElement link) => ProgramId().Match(link.GetAttribute("href")!).Groups[1].Value;

    [Theory]
    [InlineData("?near=02139&radius=250", 250)]
    [InlineData("?near=10001&radius=100&condition=depression", 100)]
    [InlineData("?near=02139", 25)]
    public async Task LocalMap_HasOneNamedLinkPerProgramInReach_NumberedLikeItsCard(string query, double radius)
    {
        var doc = await Page("/" + query);
        var json = await Api(query);

        var inReach = json.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("distance_miles").ValueKind == JsonValueKind.Number && r.GetProperty("distance_miles").GetDouble() <= radius)
            .Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(inReach);
        var svg = doc.QuerySelector("figure#results-map svg")!;
        var pins = svg.QuerySelectorAll("a");
        Assert.Equal(inReach.Order(), pins.Select(IdOf).Order());
        foreach (var pin in pins)
        {
            var card = doc.GetElementById("result-" + IdOf(pin))!;
            var number = card.GetAttribute("data-number");
            Assert.Equal((number, number), (pin.GetAttribute("data-number"), pin.TextContent));
            Assert.StartsWith($"{number}: {card.QuerySelector("h3")!.TextContent.Trim()}, ", pin.GetAttribute("aria-label"));
            Assert.Equal(card.QuerySelector("h3 a")!.GetAttribute("href"), pin.GetAttribute("href"));
        }

        var place = json.GetProperty("near").GetProperty("label").GetString();
        var title = doc.GetElementById(svg.GetAttribute("aria-labelledby")!)!;
        var programs = inReach.Count == 1 ? "1 program" : $"{inReach.Count} programs";
        Assert.Equal($"Map of {programs} within {radius} miles of {place}", title.TextContent);
        Assert.Null(doc.QuerySelector("#national-map"));
    }

    [Fact]
    public async Task LocalMap_OnALaterPage_PinsThatPageWithItsNumbers()
    {
        var doc = await Page("/?near=10001&radius=250&size=3&page=2");

        var numbers = doc.QuerySelectorAll("#results-map svg a").Select(a => a.GetAttribute("data-number")).Order().ToList();
        Assert.Equal(["4", "5", "6"], numbers);
        Assert.Equal(numbers, doc.QuerySelectorAll(".result").Select(c => c.GetAttribute("data-number")).Order().ToList());
        Assert.StartsWith("Map of the 3 programs on this page within 250 miles", doc.QuerySelector("#results-map title")!.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?condition=depression")]
    [InlineData("?time=evening&include_unknown=true")]
    [InlineData("?near=Xyzzyville")]
    public async Task NationalMap_WithoutAPlace_CountsEachStateAsItsOwnSearchDoes(string query)
    {
        var doc = await Page("/" + query);

        var states = doc.QuerySelectorAll("#national-map svg a");
        Assert.Equal(51, states.Length);
        var listed = doc.QuerySelectorAll(".map-list li").ToDictionary(li => li.QuerySelector("a")!.GetAttribute("href")!, li => li.TextContent);
        var withPrograms = 0;
        foreach (var state in states)
        {
            var href = state.GetAttribute("href")!;
            Assert.StartsWith("/?", href);
            var name = StateName().Match(state.GetAttribute("aria-label")!);
            Assert.True(name.Success, state.GetAttribute("aria-label"));
            var count = int.Parse(name.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(count, (await Api(href[1..])).GetProperty("total").GetInt32());
            if (count == 0) continue;
            withPrograms++;
            Assert.Equal($"{name.Groups[1].Value} {count}", listed[href]);
        }
        Assert.True(withPrograms > 0);
        Assert.Null(doc.QuerySelector("#results-map"));
    }

    [Theory]
    [InlineData("?state=MA")]
    [InlineData("?near=02139")]
    [InlineData("?page=2")]
    public async Task NationalMap_NotShownForAStateAPlaceOrALaterPage(string query) =>
        Assert.Null((await Page("/" + query)).QuerySelector("#national-map"));

    [Theory]
    [InlineData("?near=59001&radius=10&insurance=tricare")]
    [InlineData("?q=zzzqqq")]
    public async Task ZeroResults_ShowNoMap_TheWaysOutComeRightAfterTheHeading(string query)
    {
        var doc = await Page("/" + query);
        Assert.StartsWith("0 ", doc.QuerySelector("#results-heading")!.TextContent);
        Assert.Null(doc.QuerySelector("#results svg"));
        Assert.NotNull(doc.QuerySelector(".ways-out"));
    }

    [Fact]
    public async Task NationalMap_StateLinkKeepsTheOtherFilters()
    {
        var doc = await Page("/?condition=depression&accepting=true");
        var massachusetts = doc.QuerySelectorAll("#national-map a").Single(a => a.GetAttribute("aria-label")!.StartsWith("Massachusetts:"));
        Assert.Equal("/?condition=depression&accepting=true&state=MA", massachusetts.GetAttribute("href"));
    }

    [Fact]
    public async Task AmbiguousCity_ShowsTheLikeliestAndLinksToTheOthers()
    {
        var doc = await Page("/?near=Portland&condition=depression");

        var choice = doc.QuerySelector(".place-choice")!;
        Assert.Contains("Showing Portland, OR", choice.TextContent);
        var maine = choice.QuerySelectorAll("a").Single(a => a.TextContent == "Portland, ME");
        Assert.Equal("/?condition=depression&near=Portland,%20ME", maine.GetAttribute("href"));
        Assert.Contains("within 25 miles of Portland, OR", doc.QuerySelector("#results-heading")!.TextContent);
        Assert.DoesNotContain(doc.QuerySelectorAll(".notice:not(.place-choice) li"), li => li.TextContent.Contains("Portland, ME"));

        var followed = await Page(maine.GetAttribute("href")!);
        Assert.Contains("within 25 miles of Portland, ME", followed.QuerySelector("#results-heading")!.TextContent);
        Assert.Null(followed.QuerySelector(".place-choice"));

        var warnings = (await Api("?near=Portland")).GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ToList();
        Assert.Contains(warnings, w => w!.Contains("Showing Portland, OR") && w.Contains("Portland, ME"));
    }

    [Theory]
    [InlineData("dbt 02139", "02139", "dbt")]
    [InlineData("60614 Chicago, IL", "60614", "")]
    [InlineData("depression Cambridge, MA", "Cambridge, MA", "depression")]
    public async Task PlaceTypedAmongTheWords_IsSearchedNearAndSaidSo(string words, string near, string rest)
    {
        var doc = await Page("/?q=" + Uri.EscapeDataString(words));

        Assert.Equal(near, ((IHtmlInputElement)doc.QuerySelector("#near")!).Value);
        Assert.Equal(rest, ((IHtmlInputElement)doc.QuerySelector("#q")!).Value);
        Assert.Contains(doc.QuerySelectorAll(".notice li"), li => li.TextContent.Contains($"took the place {near} from your search words"));
        Assert.Contains("within 25 miles of", doc.QuerySelector("#results-heading")!.TextContent);
        Assert.NotNull(doc.QuerySelector("#results-map"));
        var chips = doc.QuerySelectorAll(".chips a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        var placeChip = Assert.Single(chips, c => c.Key.StartsWith("Within 25 mi of"));
        Assert.Equal(rest.Length == 0 ? "/" : "/?q=" + rest, Uri.UnescapeDataString(placeChip.Value!));
        if (rest.Length > 0) Assert.Equal("/?near=" + near, Uri.UnescapeDataString(chips.Single(c => c.Key.StartsWith('“')).Value!));
    }

    [Fact]
    public async Task PlaceAmongTheWordsWithAPlaceGiven_StaysWords()
    {
        var doc = await Page("/?q=dbt%2002139&near=10001");
        Assert.Equal(("10001", "dbt 02139"), (((IHtmlInputElement)doc.QuerySelector("#near")!).Value, ((IHtmlInputElement)doc.QuerySelector("#q")!).Value));
        Assert.DoesNotContain(doc.QuerySelectorAll(".notice li"), li => li.TextContent.Contains("from your search words"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20%20")]
    public async Task EmptyPlace_IsNoPlace_NoWarningNoChipNationalMap(string near)
    {
        var doc = await Page("/?near=" + near);
        Assert.Null(doc.QuerySelector(".notice"));
        Assert.DoesNotContain(doc.QuerySelectorAll(".chips a"), a => a.TextContent.StartsWith("Within"));
        Assert.NotNull(doc.QuerySelector("#national-map"));
    }

    [Fact]
    public async Task UseMyLocation_IsInThePlaceFieldHiddenUntilAScriptShowsIt()
    {
        var doc = await Page("/");
        var button = doc.QuerySelector("#near ~ button.use-location")!;
        Assert.Equal("button", button.GetAttribute("type"));
        Assert.True(button.HasAttribute("hidden"));
        Assert.Equal("Use my location", button.TextContent);
        Assert.Contains("refused", button.GetAttribute("data-denied"));
        Assert.Equal("status", doc.GetElementById("locate-status")!.GetAttribute("role"));
    }

    [GeneratedRegex(@"^/programs/([^?#]+)")]
    private static partial Regex ProgramId();

    [GeneratedRegex(@"^(.+): (\d+) programs?$")]
    private static partial Regex StateName();
}
