using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests.Search;

public class SearchPageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private async Task<(HttpStatusCode Status, IHtmlDocument Doc)> Get(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        return (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Form_RoundTripsEveryParameter()
    {
        var (_, doc) = await Get("/?q=dbt&near=02139&radius=50&condition=depression&condition=anxiety&time=evening&day=mon&max_hours=12&accepting=true&sort=distance&insurance=medicaid");
        var form = (IHtmlFormElement)doc.QuerySelector("#search-form")!;
        Assert.Equal("get", form.Method.ToLowerInvariant());
        Assert.Equal("dbt", ((IHtmlInputElement)doc.QuerySelector("#q")!).Value);
        Assert.Equal("02139", ((IHtmlInputElement)doc.QuerySelector("#near")!).Value);
        Assert.Equal("50", ((IHtmlSelectElement)doc.QuerySelector("#radius")!).Value);
        Assert.Equal("12", ((IHtmlInputElement)doc.QuerySelector("#max_hours")!).Value);
        Assert.Equal("distance", ((IHtmlSelectElement)doc.QuerySelector("#sort")!).Value);
        foreach (var (name, value) in new[] { ("condition", "depression"), ("condition", "anxiety"), ("time", "evening"), ("day", "mon"), ("insurance", "medicaid"), ("accepting", "true") })
        {
            Assert.True(Box(doc, name, value).IsChecked, $"{name}={value}");
        }
        Assert.False(Box(doc, "condition", "ptsd").IsChecked);
    }

    [Fact]
    public async Task Filters_AreLabelledFieldsetsWithCounts()
    {
        var (_, doc) = await Get("/");
        var group = doc.QuerySelector("#group-insurance")!;
        Assert.Equal("Insurance and payment", group.QuerySelector("legend")!.TextContent);
        Assert.Contains("any of these", group.QuerySelector(".help")!.TextContent);
        // Each checkbox sits inside its label, which names it and says how many programs it would show.
        foreach (var input in doc.QuerySelectorAll("#filters input[type=checkbox]"))
        {
            Assert.Equal("LABEL", input.ParentElement!.TagName);
        }
        Assert.Matches(@"^\d{1,3}(,\d{3})*$", Box(doc, "insurance", "medicaid").ParentElement!.QuerySelector(".count")!.TextContent);
    }

    [Fact]
    public async Task Chips_RemoveOneFilterAndClearAllRemovesEverything()
    {
        var (_, doc) = await Get("/?condition=depression&insurance=medicaid&near=02139");
        var chips = doc.QuerySelectorAll(".chips a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(chips, c => c.TextContent.StartsWith("Medicaid") && c.Item2 == "/?condition=depression&near=02139");
        Assert.Contains(chips, c => c.TextContent == "Clear all" && c.Item2 == "/");
    }

    [Fact]
    public async Task EmptyResult_LinksToTheFilterToLoosen()
    {
        var (_, doc) = await Get("/?condition=eating-disorders&near=Knoxville,%20TN&radius=10");
        Assert.Contains("0 intensive outpatient programs", doc.QuerySelector("#results-heading")!.TextContent);
        Assert.Contains(doc.QuerySelectorAll(".empty a"), a => a.TextContent.StartsWith("Remove"));
        // Nothing within 250 miles either, so a wider radius is not offered as a way out.
        Assert.Equal(0, await ApiTotal("/api/programs?condition=eating-disorders&near=Knoxville,%20TN&radius=250"));
        Assert.DoesNotContain(doc.QuerySelectorAll(".empty a"), a => a.TextContent.StartsWith("Search within"));
    }

    [Fact]
    public async Task FewResultsNearAPlace_OfferWiderRadiiStepByStep_EachSayingWhatItFinds()
    {
        var (_, doc) = await Get("/?near=02905&radius=10");
        var offered = doc.QuerySelectorAll(".ways-out a").Where(a => a.TextContent.StartsWith("Search within")).ToList();
        Assert.NotEmpty(offered);
        // The steps come first, in order, and each one offered finds more than the one before.
        Assert.Equal(offered[0], doc.QuerySelector(".ways-out a"));
        var before = doc.QuerySelectorAll(".result-list .result").Length;
        foreach (var link in offered)
        {
            var radius = System.Text.RegularExpressions.Regex.Match(link.GetAttribute("href")!, "radius=(\\d+)").Groups[1].Value;
            Assert.Contains(radius, new[] { "50", "100", "250" });
            var wider = await ApiTotal($"/api/programs?near=02905&radius={radius}");
            Assert.Equal($"Search within {radius} miles instead to see {wider} programs", link.TextContent.Trim());
            Assert.True(wider > before);
            before = wider;
        }
    }

    private async Task<int> ApiTotal(string url) =>
        System.Text.Json.JsonDocument.Parse(await factory.CreateClient().GetStringAsync(url)).RootElement.GetProperty("total").GetInt32();

    [Theory]
    [InlineData("/?near=00000", "00000")]
    [InlineData("/?near=Atlantis", "Atlantis")]
    public async Task PlaceNotFound_IsSaidRightUnderTheResultsHeading_WhereTheSearchLands(string url, string place)
    {
        var (_, doc) = await Get(url);
        var heading = doc.QuerySelector("#results-heading")!;
        var notice = heading.NextElementSibling!;
        Assert.Contains("notice", notice.ClassList);
        Assert.Contains(place, notice.TextContent);
    }

    [Fact]
    public async Task SearchForm_WithoutJavaScript_LandsOnTheResults_ShowAllOnItsGroup()
    {
        var (_, doc) = await Get("/");
        Assert.Equal("/#results-heading", doc.QuerySelector("#search-form")!.GetAttribute("action"));
        Assert.All(doc.QuerySelectorAll("button[name=more]"), b => Assert.Equal($"/#group-{b.GetAttribute("value")}", b.GetAttribute("formaction")));
        Assert.NotEmpty(doc.QuerySelectorAll("button[name=more]"));
    }

    [Fact]
    public async Task PagePastTheEnd_LeadsToTheLastPage_WithoutAPagerThatCountsOn()
    {
        var (status, doc) = await Get("/?page=9999");
        Assert.Equal(HttpStatusCode.OK, status);
        var pages = (int)Math.Ceiling(await ApiTotal("/api/programs") / 20.0);
        var link = doc.QuerySelector(".past-end a")!;
        Assert.Equal($"/?page={pages}", link.GetAttribute("href"));
        Assert.Contains($"page {pages}", link.TextContent);
        Assert.Null(doc.QuerySelector(".pager"));
        Assert.NotEmpty((await Get(link.GetAttribute("href")!)).Doc.QuerySelectorAll(".result-list .result"));
    }

    [Theory]
    [InlineData("near", 100)]
    [InlineData("q", 200)]
    public async Task OverLongWordsOrPlace_AreNotRepeatedIntoEveryLink(string parameter, int limit)
    {
        var value = new string('a', 5000);
        var (status, doc) = await Get($"/?{parameter}={value}");
        Assert.Equal(HttpStatusCode.OK, status);
        var longest = doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Length).Max();
        Assert.InRange(longest, limit, limit + 200);
        Assert.DoesNotContain(new string('a', limit + 1), doc.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task MalformedParameter_ShowsMessageAndKeepsTheRestOfTheSearch()
    {
        var (status, doc) = await Get("/?max_hours=lots&condition=depression");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("max_hours must be a number", doc.QuerySelector(".notice")!.TextContent);
        Assert.True(Box(doc, "condition", "depression").IsChecked);
    }

    [Fact]
    public async Task LongFilterGroup_ShipsItsFirstChoices_AndAShowAllButtonThatKeepsTheSearch()
    {
        var (_, doc) = await Get("/?condition=depression");
        var group = doc.QuerySelector("#group-modality")!;
        var shown = group.QuerySelectorAll("input[type=checkbox]").Length;
        var button = (IHtmlButtonElement)group.QuerySelector("button.more-options")!;
        // A submit button of the search form: the choices made so far travel with it.
        Assert.Equal("submit", button.Type);
        Assert.Equal(("more", "modality"), (button.Name, button.Value));
        Assert.Same(doc.QuerySelector("#search-form"), button.Form);
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(button.TextContent, @"\d+").Value);
        Assert.True(shown < total, $"{shown} of {total}");

        var (_, all) = await Get("/?condition=depression&more=modality");
        var open = all.QuerySelector("#group-modality")!;
        Assert.Equal(total, open.QuerySelectorAll("input[type=checkbox]").Length);
        Assert.Null(open.QuerySelector("button.more-options"));
        // The group stays open on the next search from this page.
        Assert.Equal("modality", open.QuerySelector("input[type=hidden][name=more]")!.GetAttribute("value"));
        Assert.True(Box(all, "condition", "depression").IsChecked);
    }

    [Fact]
    public async Task TickedChoiceInTheFoldedPart_StaysInView()
    {
        var (_, doc) = await Get("/");
        var group = doc.QuerySelector("#group-modality")!;
        var folded = (await Get("/?more=modality")).Doc.QuerySelectorAll("#group-modality input[type=checkbox]")
            .Select(i => i.GetAttribute("value")!).Except(group.QuerySelectorAll("input[type=checkbox]").Select(i => i.GetAttribute("value")!)).First();
        var (_, ticked) = await Get($"/?modality={folded}");
        Assert.True(Box(ticked, "modality", folded).IsChecked);
    }

    private static IHtmlInputElement Box(IHtmlDocument doc, string name, string value) =>
        (IHtmlInputElement)doc.QuerySelector($"#search-form input[type=checkbox][name='{name}'][value='{value}']")!;
}
