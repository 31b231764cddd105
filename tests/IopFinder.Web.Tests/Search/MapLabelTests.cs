using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests.Search;

/// <summary>On the bundled national catalog, the maps say where they are about: the searched place is written on the local map, and every state with programs has its count on the national map.</summary>
[Collection(NationalCatalogCollection.Name)]
public class MapLabelTests(NationalCatalogFactory factory)
{
    private async Task<IHtmlDocument> Page(string url) =>
        new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(url));

    [Theory]
    [InlineData("60614", "60614 (Chicago, IL)")]
    [InlineData("Chicago,%20IL", "Chicago, IL")]
    [InlineData("60614&lang=es", "60614 (Chicago, IL)")]
    public async Task LocalMap_WritesTheSearchedPlaceBesideItsDot(string near, string written)
    {
        var doc = await Page($"/?near={near}");
        var place = doc.QuerySelector("#results-map text.map-place")!;
        Assert.Equal(written, place.TextContent);
        Assert.Contains(written, doc.QuerySelector("#results-map title")!.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?lang=es")]
    [InlineData("?medication=buprenorphine")]
    [InlineData("?level=iop&level=php")]
    public async Task NationalMap_EveryStateWithPrograms_HasItsCount(string search)
    {
        var api = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/programs" + search.Replace("lang=es", ""))).RootElement;
        var doc = await Page("/" + search);
        var drawn = doc.QuerySelectorAll("#national-map svg a").Select(a => a.GetAttribute("href")!).ToList();
        var expected = api.GetProperty("facets").GetProperty("state").EnumerateObject()
            .Where(s => s.Value.GetInt32() > 0 && drawn.Any(href => href.Contains($"state={s.Name}")))
            .ToDictionary(s => s.Name, s => s.Value.GetInt32().ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        var written = doc.QuerySelectorAll("#national-map .map-counts text").ToDictionary(t => t.GetAttribute("data-state")!, t => t.TextContent);

        Assert.True(expected.Count > 45, $"{expected.Count} states");
        Assert.Equal(expected.OrderBy(p => p.Key), written.OrderBy(p => p.Key));
        // The small states of the Northeast among them, each tied to its state by a line.
        Assert.True(doc.QuerySelectorAll("#national-map .map-leaders line").Length >= 5);
    }
}
