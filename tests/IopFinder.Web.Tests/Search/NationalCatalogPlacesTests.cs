using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using IopFinder.Core.Geo;

namespace IopFinder.Web.Tests.Search;

/// <summary>Places on the bundled national catalog: cities, states, "near me", "use my location" and short distances.</summary>
[Collection(NationalCatalogCollection.Name)]
public class NationalCatalogPlacesTests(NationalCatalogFactory factory)
{
    private async Task<IHtmlDocument> Page(string url) =>
        new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(url));

    private async Task<JsonElement> Api(string url) =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync(url)).RootElement;

    private static string Heading(IHtmlDocument doc) => doc.QuerySelector("#results-heading")!.TextContent;

    [Fact]
    public async Task NearNewYork_IsSearchedFromManhattan_NotLongIsland()
    {
        var api = await Api("/api/programs?near=New%20York&sort=distance&size=10");
        var near = api.GetProperty("near");
        Assert.Equal("New York, NY", near.GetProperty("label").GetString());
        Assert.InRange(new GeoPoint(near.GetProperty("lat").GetDouble(), near.GetProperty("lon").GetDouble()).MilesTo(new GeoPoint(40.7128, -74.0060)), 0, 5);

        var doc = await Page("/?near=New%20York&sort=distance");
        var places = doc.QuerySelectorAll(".result .where").Take(10).Select(w => w.TextContent).ToList();
        Assert.All(places, p => Assert.Contains("New York, NY", p));
        Assert.DoesNotContain(doc.QuerySelectorAll(".result .where").Take(20), w => w.TextContent.Contains("Patchogue"));
    }

    [Theory]
    [InlineData("Ohio", "OH", "Ohio")]
    [InlineData("OH", "OH", "Ohio")]
    [InlineData("Texas", "TX", "Texas")]
    [InlineData("tx", "TX", "Texas")]
    [InlineData("NY", "NY", "New York")]
    [InlineData("new york state", "NY", "New York")]
    public async Task NearAState_ListsThatStatesPrograms_WithoutDistance(string near, string code, string name)
    {
        var asState = (await Api($"/api/programs?state={code}")).GetProperty("total").GetInt32();
        var api = await Api($"/api/programs?near={Uri.EscapeDataString(near)}");
        Assert.True(asState > 20, $"{code}: {asState}");
        Assert.Equal(asState, api.GetProperty("total").GetInt32());
        Assert.All(api.GetProperty("results").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("distance_miles").ValueKind));

        var doc = await Page($"/?near={Uri.EscapeDataString(near)}");
        Assert.Contains($"{asState:N0} intensive outpatient programs in {name}", Heading(doc));
        Assert.DoesNotContain("could not find", doc.Body!.TextContent);
        // The state is carried as the state filter: its chip removes it, and the place box is free for a ZIP.
        Assert.Contains(doc.QuerySelectorAll(".chips a"), a => a.TextContent.Contains($"In {name}"));
        Assert.Equal("", doc.QuerySelector("#near")!.GetAttribute("value") ?? "");
        Assert.NotNull(doc.QuerySelector($"#search-form input[type=hidden][name=state][value={code}]"));
    }

    [Fact]
    public async Task NearAState_InSpanish_SaysEnAndTheState()
    {
        var doc = await Page("/?near=Ohio&lang=es");
        Assert.Contains(" en Ohio", Heading(doc));
        Assert.Contains("Ohio es un estado", doc.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task NearWashington_IsTheCapital_AndOffersWashingtonState()
    {
        var doc = await Page("/?near=Washington");
        Assert.Contains("within 25 miles of Washington, DC", Heading(doc));
        var offer = doc.QuerySelectorAll(".place-choice a").Single(a => a.TextContent.Contains("Did you mean all of Washington state?"));

        var state = await Page(offer.GetAttribute("href")!);
        Assert.Contains("programs in Washington", Heading(state));
    }

    [Theory]
    [InlineData("IOP near me")]
    [InlineData("iop nearby")]
    [InlineData("intensive outpatient program close to me")]
    [InlineData("IOP cerca de mí")]
    public async Task NearMeWithoutAPlace_AsksForOne_AndSearchesNoWords(string words)
    {
        var all = (await Api("/api/programs")).GetProperty("total").GetInt32();
        var api = await Api($"/api/programs?q={Uri.EscapeDataString(words)}");
        Assert.Equal(all, api.GetProperty("total").GetInt32());
        Assert.DoesNotContain("Near North", api.GetProperty("results")[0].GetProperty("name").GetString());

        var doc = await Page($"/?q={Uri.EscapeDataString(words)}");
        var ask = doc.QuerySelector(".place-needed form")!;
        Assert.Contains("Where should we look?", ask.TextContent);
        Assert.NotNull(ask.QuerySelector("input[name=near]"));
        Assert.NotNull(ask.QuerySelector("button[data-locate]"));
        Assert.Equal("", doc.QuerySelector("#q")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task NearMeAsThePlace_AsksForAPlace_AndItsBoxCarriesTheOtherChoices()
    {
        var doc = await Page("/?near=near%20me&insurance=medicaid");
        Assert.DoesNotContain("could not find", doc.Body!.TextContent);
        var ask = doc.QuerySelector(".place-needed form")!;
        Assert.NotNull(ask.QuerySelector("input[type=hidden][name=insurance][value=medicaid]"));
        Assert.Null(ask.QuerySelector("input[type=hidden][name=near]"));
    }

    [Fact]
    public async Task UseMyLocation_Coordinates_AreNamedByTheNearestCity()
    {
        var doc = await Page("/?near=29.76,-95.37");
        Assert.Contains("within 25 miles of Houston, TX", Heading(doc));
        Assert.DoesNotContain("29.76", Heading(doc));
    }

    [Theory]
    [InlineData("en", "under 1 mile", "Under 1 mile away")]
    [InlineData("es", "a menos de 1 milla", "A menos de 1 milla")]
    public async Task DistanceUnderAMile_ReadsUnderOneMile_OnCardsPinsAndCompare(string lang, string card, string why)
    {
        var api = await Api("/api/programs?near=10001&sort=distance&size=3");
        var first = api.GetProperty("results")[0];
        Assert.InRange(first.GetProperty("distance_miles").GetDouble(), 0, 0.99); // the API keeps the number

        var doc = await Page($"/?near=10001&sort=distance&lang={lang}");
        var text = doc.Body!.TextContent;
        Assert.Contains(card, doc.QuerySelector(".result .where")!.TextContent);
        Assert.EndsWith(card, doc.QuerySelector("#results-map a[data-number='1']")!.GetAttribute("aria-label"));
        Assert.DoesNotMatch(@"\b0\.0 mil", text + string.Join(" ", doc.QuerySelectorAll("#results-map a").Select(a => a.GetAttribute("aria-label"))));

        var compare = await Page($"/compare?ids={first.GetProperty("id").GetString()}&near=10001&w.near=2&lang={lang}");
        Assert.Contains(why, compare.Body!.TextContent);
    }
}
