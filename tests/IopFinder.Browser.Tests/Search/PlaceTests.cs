using Microsoft.Playwright;

namespace IopFinder.Browser.Tests.Search;

/// <summary>Places that are no point: "near me" asks for one, a state or a city with a state's name offers the other reading.</summary>
[Collection(BrowserCollection.Name)]
public class PlaceTests(BrowserFixture fixture)
{
    [Fact]
    public async Task NearMe_PlaceBoxUseMyLocation_SearchesNearThePosition()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseUrl,
            Geolocation = new Geolocation { Latitude = 42.37364f, Longitude = -71.10972f },
            Permissions = ["geolocation"],
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/?q=IOP%20near%20me");

        var ask = page.Locator(".place-needed");
        await Assertions.Expect(ask).ToContainTextAsync("Where should we look?");
        await ask.Locator("button[data-locate]").ClickAsync();

        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("within 25 miles of Cambridge, MA");
        await Assertions.Expect(page.Locator(".place-needed")).ToHaveCountAsync(0);
        Assert.Empty(await page.Context.CookiesAsync());
    }

    [Fact]
    public async Task NearMe_WithoutJavaScript_OffersOnlyThePlaceBox()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/?q=IOP%20near%20me");

        await Assertions.Expect(page.Locator(".place-needed input[name=near]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".place-needed button[data-locate]")).ToBeHiddenAsync();
        await page.Locator(".place-needed input[name=near]").FillAsync("02139");
        await page.Locator(".place-needed button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("02139 (Cambridge, MA)");
    }

    [Theory]
    [InlineData("/?q=IOP%20near%20me")]
    [InlineData("/?near=Massachusetts")]
    [InlineData("/?near=New%20York")]
    public async Task PlaceNotices_HaveNoAccessibilityViolations(string url)
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync(url);
        await Assertions.Expect(page.Locator("#results-heading")).ToBeVisibleAsync();

        await AxeAssert.NoViolations(page);
    }
}
