using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests.Programs;

/// <summary>What a phone reader gets without any script: directions as plain links, a comparison link to copy, results before the map.</summary>
public class PhoneMarkupTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string Directions = "https://www.google.com/maps/dir/?api=1&destination=";

    private async Task<IHtmlDocument> Page(string url) =>
        new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(url));

    [Theory]
    [InlineData("/programs/harborview-example-iop", "123%20Example%20Wharf%20Rd%2C%20Cambridge%2C%20MA%2002139")]
    [InlineData("/programs/bayou-example-iop", "1500%20Example%20Canal%20St%2C%20New%20Orleans%2C%20LA%2070112")]
    public async Task ProgramPage_HowToStart_LinksDirectionsToTheAddress_WithoutReferrer(string url, string destination)
    {
        var doc = await Page(url);
        var link = doc.QuerySelector(".contact-first a.directions")!;
        Assert.Equal(Directions + destination, link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        Assert.StartsWith("Directions", link.TextContent);
        // A link only: no map, frame or image from the maps site is loaded by the page.
        Assert.Empty(doc.QuerySelectorAll("iframe, img[src*='google'], script[src*='google']"));
    }

    [Fact]
    public async Task ProgramPage_WithSeveralSites_GivesDirectionsToEach()
    {
        var doc = await Page("/programs/bayou-example-iop");
        var sites = doc.QuerySelectorAll("address.site-address");
        Assert.Equal(2, sites.Length);
        Assert.All(sites, site => Assert.StartsWith(Directions, site.QuerySelector("a.directions")!.GetAttribute("href")));
        Assert.Contains("300%20Example%20Main%20St", sites[1].QuerySelector("a.directions")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ProgramPage_Spanish_SaysDirectionsInSpanish()
    {
        var doc = await Page("/programs/harborview-example-iop?lang=es");
        Assert.StartsWith("Cómo llegar", doc.QuerySelector(".contact-first a.directions")!.TextContent);
    }

    [Fact]
    public async Task ComparePage_ContactCell_LinksDirections()
    {
        var doc = await Page("/compare?ids=harborview-example-iop,beacon-hill-example-iop");
        var cells = doc.QuerySelectorAll(".compare-wide .contact-row td");
        Assert.Equal(2, cells.Length);
        Assert.All(cells, cell => Assert.StartsWith(Directions, cell.QuerySelector("a.directions")!.GetAttribute("href")));
    }

    [Fact]
    public async Task ComparePage_WithoutScript_ShowsTheLinkToCopy_AndHidesShare()
    {
        var url = "/compare?ids=harborview-example-iop,beacon-hill-example-iop&insurance=medicaid&w.insurance=3";
        var doc = await Page(url);
        var box = (IHtmlInputElement)doc.QuerySelector("#share-url")!;
        Assert.Equal("http://localhost" + url, box.Value);
        Assert.True(box.IsReadOnly);
        Assert.Equal("Link to this comparison, to copy and send:", doc.QuerySelector("label[for=share-url]")!.TextContent);
        // The button needs the script (share sheet or clipboard), so it is shown by the script.
        Assert.True(doc.QuerySelector(".share-button")!.HasAttribute("hidden"));
        Assert.Equal("status", doc.QuerySelector("#share-status")!.GetAttribute("role"));
    }

    [Fact]
    public async Task SearchPage_PutsTheFirstCardsBeforeTheMap()
    {
        var doc = await Page("/?near=02139&radius=100");
        var order = doc.QuerySelectorAll("#results .result, #results figure.map").Select(e => e.LocalName).ToList();
        Assert.Equal(["li", "li", "li", "figure"], order.Take(4));
        Assert.Contains("li", order.Skip(4));
        // One numbering across both lists, like the map's pins.
        Assert.Equal("4", doc.QuerySelector(".result-list-more")!.GetAttribute("start"));
    }

    [Theory]
    [InlineData("/?near=02139", "Show programs")]
    [InlineData("/?near=02139&lang=es", "Mostrar programas")]
    public async Task SearchPage_ShowProgramsButton_CarriesTheCountForTheScript(string url, string plain)
    {
        var doc = await Page(url);
        var button = doc.QuerySelector("#filters button.show-programs")!;
        Assert.Equal(plain, button.QuerySelector(".show-plain")!.TextContent);
        var total = System.Text.RegularExpressions.Regex.Match(doc.QuerySelector("#results-heading")!.TextContent, @"^\s*([\d,]+)").Groups[1].Value;
        Assert.Contains(total, button.QuerySelector(".show-count")!.TextContent);
    }
}
