using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using IopFinder.Core.Geo;
using IopFinder.Core.Geo.Maps;
using IopFinder.Core.Geo.Outlines;
using IopFinder.Web.Search;

namespace IopFinder.Web.Tests.Search;

public class MapSvgTests
{
    private const string Hostile = "<script>alert(1)</script> \"Quotes\" & 'Co'";

    private static readonly LocalMap Local = new(
        400, 380,
        [new MapArea(new Region("25017", "Middlesex", "MA"), "M10 10l50 0 0 50-50 0z")],
        new MapCircle(200, 190, 150),
        new MapPoint(200, 190),
        10,
        [
            new MapPin("alpha", 1, new MapPoint(120, 100), new MapPoint(120, 100), 0),
            new MapPin("beta", 2, new MapPoint(120, 100), new MapPoint(120, 79), 0),
            new MapPin("gamma", 3, new MapPoint(300, 250), new MapPoint(300, 250), null),
        ],
        [new MapPinGroup(0, new MapPoint(120, 100), [1, 2])]);

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");

    [Fact]
    public void Local_EachPinIsItsOwnNamedLink()
    {
        var names = new Dictionary<int, string> { [1] = "1: Riverside IOP, 2.1 miles", [2] = "2: " + Hostile, [3] = "3: Harbor PHP, 9 miles" };
        var doc = Parse(MapSvg.Local(Local, new LocalMapText("Map of 3 programs", p => names[p.Number], p => $"/programs/{p.ListingId}?from=map&x=\"1\"")));

        var links = doc.QuerySelectorAll("svg a");
        Assert.Equal(3, links.Length);
        var byNumber = links.ToDictionary(a => a.TextContent, a => (Name: a.GetAttribute("aria-label"), Href: a.GetAttribute("href")));
        Assert.Equal((names[1], "/programs/alpha?from=map&x=\"1\""), byNumber["1"]);
        Assert.Equal((names[2], "/programs/beta?from=map&x=\"1\""), byNumber["2"]);
        Assert.Equal((names[3], "/programs/gamma?from=map&x=\"1\""), byNumber["3"]);
        Assert.Empty(doc.QuerySelectorAll("script"));
    }

    [Fact]
    public void Local_FigureIsNamedByItsTitle_AndNothingButLinksSpeaks()
    {
        var doc = Parse(MapSvg.Local(Local, new LocalMapText(Hostile, p => p.ListingId, p => "/", Id: "results-map")));

        var svg = doc.QuerySelector("figure#results-map > svg")!;
        Assert.Null(svg.GetAttribute("role"));
        var title = doc.GetElementById(svg.GetAttribute("aria-labelledby")!)!;
        Assert.Equal("title", title.LocalName);
        Assert.Equal(Hostile, title.TextContent);
        Assert.Equal("0 0 400 380", svg.GetAttribute("viewBox"));
        Assert.All(svg.Children.Where(c => c.LocalName is "g" or "circle" && c.QuerySelector("a") is null),
            c => Assert.Equal("true", c.GetAttribute("aria-hidden")));
    }

    [Fact]
    public void Local_SearchedPlace_IsWrittenUnderItsDot_Escaped()
    {
        var doc = Parse(MapSvg.Local(Local, new LocalMapText("m", p => p.ListingId, p => "/", Place: Hostile)));
        var place = doc.QuerySelector("text.map-place")!;
        Assert.Equal(Hostile, place.TextContent);
        Assert.Equal("true", place.GetAttribute("aria-hidden"));
        var dot = doc.QuerySelector("circle.map-origin")!;
        Assert.Equal(dot.GetAttribute("cx"), place.GetAttribute("x"));
        Assert.True(double.Parse(place.GetAttribute("y")!) > double.Parse(dot.GetAttribute("cy")!));
        Assert.Null(Parse(MapSvg.Local(Local, new LocalMapText("m", p => p.ListingId, p => "/"))).QuerySelector("text.map-place"));
    }

    [Fact]
    public void Local_MovedPin_HasALeaderToWhereItIs()
    {
        var doc = Parse(MapSvg.Local(Local, new LocalMapText("m", p => p.ListingId, p => "/")));
        var line = Assert.Single(doc.QuerySelectorAll(".map-leaders line"));
        Assert.Equal(("120", "100", "120", "79"), (line.GetAttribute("x1"), line.GetAttribute("y1"), line.GetAttribute("x2"), line.GetAttribute("y2")));
        Assert.Equal("M10 10l50 0 0 50-50 0z", doc.QuerySelector(".map-areas path")!.GetAttribute("d"));
    }

    [Fact]
    public void Local_PinCarriesItsNumberAndStandsWhereItIsShown()
    {
        var doc = Parse(MapSvg.Local(Local, new LocalMapText("m", p => p.ListingId, p => "/", Caption: Hostile)));

        var beta = doc.QuerySelectorAll(".map-pins a").Single(a => a.GetAttribute("aria-label") == "beta");
        Assert.Equal(("2", "translate(120 79)"), (beta.GetAttribute("data-number"), beta.GetAttribute("transform")));
        Assert.Equal(Hostile, doc.QuerySelector("figure > figcaption")!.TextContent);
    }

    [Fact]
    public void National_ShadeIsAClassAndCountsOnTheDarkestAreLight()
    {
        var map = new NationalMapBuilder(UsOutlines.Default).Build(new Dictionary<string, int> { ["CA"] = 500, ["TX"] = 7, ["NY"] = 3, ["FL"] = 2, ["WA"] = 1 });
        var doc = Parse(MapSvg.National(map, new NationalMapText("t", s => s.Region.Name, s => "/")));

        Assert.Equal("shade-4", doc.QuerySelectorAll("svg a").Single(a => a.GetAttribute("aria-label") == "California").GetAttribute("class"));
        Assert.Equal("shade-0", doc.QuerySelectorAll("svg a").Single(a => a.GetAttribute("aria-label") == "Ohio").GetAttribute("class"));
        Assert.Equal("on-dark", doc.QuerySelectorAll(".map-counts text").Single(t => t.TextContent == "500").GetAttribute("class"));
        Assert.Null(doc.QuerySelectorAll(".map-counts text").Single(t => t.TextContent == "7").GetAttribute("class"));
        Assert.Null(doc.QuerySelector("figcaption"));
    }

    [Fact]
    public void National_EachStateIsANamedLinkToItsSearch()
    {
        var map = new NationalMapBuilder(UsOutlines.Default).Build(new Dictionary<string, int> { ["MA"] = 41, ["CA"] = 12, ["TX"] = 7 });
        var doc = Parse(MapSvg.National(map, new NationalMapText(
            "Programs by state",
            s => s.Region.State == "MA" ? Hostile : $"{s.Region.Name}: {s.Count}",
            s => $"/?near={s.Region.State}&x=<y>")));

        var links = doc.QuerySelectorAll("svg a");
        Assert.Equal(51, links.Length);
        Assert.Contains(links, a => a.GetAttribute("aria-label") == Hostile && a.GetAttribute("href") == "/?near=MA&x=<y>");
        Assert.Contains(links, a => a.GetAttribute("aria-label") == "California: 12");
        Assert.All(links, a => Assert.Single(a.QuerySelectorAll("path")));
        // Every state with programs has its count; Massachusetts is too small for it, so a line ties its count to it.
        Assert.Equal(["12", "41", "7"], doc.QuerySelectorAll(".map-counts text").Select(t => t.TextContent).Order(StringComparer.Ordinal));
        Assert.Equal("MA", doc.QuerySelectorAll(".map-counts text").Single(t => t.TextContent == "41").GetAttribute("data-state"));
        Assert.Single(doc.QuerySelectorAll(".map-leaders line"));
        Assert.Empty(doc.QuerySelectorAll("script"));
    }
}
