using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests;

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
        foreach (var id in new[] { "condition-depression", "condition-anxiety", "time-evening", "day-mon", "insurance-medicaid", "accepting" })
        {
            Assert.True(((IHtmlInputElement)doc.GetElementById(id)!).IsChecked, id);
        }
        Assert.False(((IHtmlInputElement)doc.GetElementById("condition-ptsd")!).IsChecked);
    }

    [Fact]
    public async Task Filters_AreLabelledFieldsetsWithCounts()
    {
        var (_, doc) = await Get("/");
        var group = doc.QuerySelector("#group-insurance")!;
        Assert.Equal("Insurance and payment", group.QuerySelector("legend")!.TextContent);
        Assert.Contains("any of these", group.QuerySelector(".help")!.TextContent);
        foreach (var input in doc.QuerySelectorAll("#filters input[type=checkbox]"))
        {
            Assert.NotNull(doc.QuerySelector($"label[for='{input.Id}']"));
        }
        Assert.Matches(@"^\d+$", doc.QuerySelector("[data-count-for='insurance-medicaid']")!.TextContent);
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
        var link = doc.QuerySelector(".empty a")!;
        Assert.StartsWith("Remove", link.TextContent);
        var wider = doc.QuerySelectorAll(".empty a").Single(a => a.TextContent.StartsWith("Search within 100 miles"));
        Assert.Contains("radius=100", wider.GetAttribute("href"));
    }

    [Fact]
    public async Task MalformedParameter_ShowsMessageAndKeepsTheRestOfTheSearch()
    {
        var (status, doc) = await Get("/?max_hours=lots&condition=depression");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("max_hours must be a number", doc.QuerySelector(".notice")!.TextContent);
        Assert.True(((IHtmlInputElement)doc.GetElementById("condition-depression")!).IsChecked);
    }
}
