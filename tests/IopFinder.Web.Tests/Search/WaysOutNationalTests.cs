using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests.Search;

/// <summary>Issue 19 on the bundled national catalog: ways out that widen step by step, telehealth in the state, mental-health searches.</summary>
[Collection(NationalCatalogCollection.Name)]
public class WaysOutNationalTests(NationalCatalogFactory factory)
{
    private async Task<IHtmlDocument> Page(string url) =>
        new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(url));

    private async Task<int> Total(string query) =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/programs?" + query.TrimStart('/', '?'))).RootElement.GetProperty("total").GetInt32();

    private static int FirstNumber(string text) =>
        int.Parse(new string(text.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(c => char.IsAsciiDigit(c) || c == ',').Where(char.IsAsciiDigit).ToArray()));

    [Fact]
    public async Task RuralVirtualBuprenorphineSearch_Offers250MilesAndTheStatesTelehealthPrograms()
    {
        const string search = "medication=buprenorphine&format=virtual&condition=opioid-use&near=59301";
        var doc = await Page("/?" + search);
        var ways = doc.QuerySelectorAll(".ways-out a").ToList();

        // Nothing within 50 or 100 miles finds more, so the one step offered is 250 miles, with the count that search has.
        var wider = ways.Single(a => a.TextContent.StartsWith("Search within"));
        Assert.Contains("radius=250", wider.GetAttribute("href"));
        var within250 = await Total(search + "&radius=250");
        Assert.Equal($"Search within 250 miles instead to see {within250} programs", wider.TextContent.Trim());
        Assert.True(within250 > 5);

        // Virtual care asked: Montana's telehealth programs, wherever they are in the state.
        var inState = ways.Single(a => a.TextContent.Contains("in Montana offer telehealth"));
        var href = inState.GetAttribute("href")!;
        Assert.Contains("state=MT", href);
        Assert.DoesNotContain("near=", href);
        Assert.Equal(await Total(href), FirstNumber(inState.TextContent));

        // Both come before searching the whole country.
        var remove = ways.FindIndex(a => a.TextContent.StartsWith("Remove the location limit"));
        Assert.True(remove > ways.IndexOf(wider) && remove > ways.IndexOf(inState));
    }

    [Fact]
    public async Task WordsNamingAMedicineNoProgramNearbyLists_SayNoneWithinTheRadiusSearched()
    {
        var doc = await Page("/?q=buprenorphine&near=59301&radius=100");
        var text = doc.QuerySelector(".empty")!.TextContent;
        // Thousands of programs elsewhere list buprenorphine: "no program lists it yet" would be untrue.
        Assert.True(await Total("medication=buprenorphine") > 1000);
        Assert.DoesNotContain("lists it yet", text);
        Assert.DoesNotContain("No program lists", text);
        Assert.Contains(doc.QuerySelectorAll(".ways-out a"), a => a.TextContent.Contains("none within 100 miles lists it"));
    }

    [Theory]
    [InlineData("q=depression+anxiety&near=60614")]
    [InlineData("condition=depression&near=60614")]
    public async Task DepressionNearChicago_LeadsFirstToDayProgramsAndCoOccurringProgramsNearby_SayingNoneOnce(string search)
    {
        var doc = await Page("/?" + search);
        Assert.StartsWith("0 intensive outpatient programs", doc.QuerySelector("#results-heading")!.TextContent.Trim());
        var empty = doc.QuerySelector(".empty")!;
        // The heading says 0 once; the text under it says why and where to turn, not "none" again.
        Assert.Contains("do not record which programs treat depression", empty.TextContent);
        Assert.DoesNotContain("No program matches", empty.TextContent);
        Assert.DoesNotContain("No program lists", empty.TextContent);
        Assert.DoesNotContain("lists it yet", empty.TextContent);

        var ways = doc.QuerySelectorAll(".ways-out a").ToList();
        var (day, iop) = (ways[0], ways[1]);
        Assert.Contains("day programs (partial hospitalization) within 25 miles of 60614", day.TextContent);
        Assert.Contains("level=php", day.GetAttribute("href"));
        Assert.Contains("intensive outpatient programs within 25 miles of 60614", iop.TextContent);
        Assert.Contains("mental health and substance use together", iop.TextContent);
        Assert.Contains("condition=co-occurring", iop.GetAttribute("href"));
        foreach (var link in new[] { day, iop })
        {
            var count = FirstNumber(link.TextContent);
            Assert.True(count > 20, link.TextContent);
            Assert.Equal(await Total(link.GetAttribute("href")!), count);
            // The link lands on programs, not on another "0".
            var landing = await Page(link.GetAttribute("href")!);
            Assert.StartsWith($"{count} ", landing.QuerySelector("#results-heading")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task HomePage_SaysWhatTheCatalogHoldsAndWhereMentalHealthProgramsWillComeFrom()
    {
        var text = (await Page("/")).QuerySelector(".catalog-holds")!.TextContent;
        Assert.Contains("intensive outpatient programs come from SAMHSA's directory of substance-use treatment", text);
        Assert.Contains("day programs (partial hospitalization) come from SAMHSA's mental-health directory", text);
        Assert.Contains("as programs list themselves", text);
        // Said on the home page, not above every search's results.
        Assert.Null((await Page("/?near=60614")).QuerySelector(".catalog-holds"));
    }
}
