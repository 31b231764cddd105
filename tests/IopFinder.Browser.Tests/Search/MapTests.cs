using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IopFinder.Browser.Tests.Search;

/// <summary>The maps of the search page and "use my location", in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public class MapTests(BrowserFixture fixture)
{
    private const string NearCambridge = "/?near=02139&radius=250";

    private async Task<IPage> PageWith(BrowserNewContextOptions options)
    {
        options.BaseURL = fixture.BaseUrl;
        var context = await fixture.Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 900)]
    public async Task Maps_AtPhoneAndDesktopWidths_AreNamedReadableLocalAndAccessible(int width, int height)
    {
        var page = await fixture.NewPageAsync(width, height);
        var requests = new List<string>();
        page.Request += (_, request) => { lock (requests) requests.Add(request.Url); };

        await page.GotoAsync(NearCambridge);
        var map = page.Locator("#results-map svg");
        await Assertions.Expect(map).ToBeVisibleAsync();
        await Assertions.Expect(map).ToHaveAccessibleNameAsync(new Regex(@"^Map of \d+ programs within 250 miles of 02139 \(Cambridge, MA\)$"));
        var pins = map.Locator("a");
        Assert.Equal(await page.Locator(".result .where strong").Filter(new() { HasTextRegex = new Regex(@"miles?$") }).CountAsync(), await pins.CountAsync());
        var pin = await pins.Last.Locator("circle").BoundingBoxAsync();
        Assert.True(pin!.Width >= 18, $"a pin is only {pin.Width} px wide at {width} px");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        await page.Locator("#results-map").ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath($"map-local-{width}.png") });
        await AxeAssert.NoViolations(page);

        await page.GotoAsync("/");
        var national = page.Locator("#national-map svg");
        await Assertions.Expect(national).ToHaveAccessibleNameAsync(new Regex("^Map of the United States"));
        Assert.Equal(51, await national.Locator("a").CountAsync());
        await page.Locator("#national-map").ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath($"map-national-{width}.png") });
        await AxeAssert.NoViolations(page);

        lock (requests)
        {
            var offSite = requests.Where(url => !url.StartsWith(fixture.BaseUrl, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)).ToList();
            Assert.True(offSite.Count == 0, "requests left the site: " + string.Join(", ", offSite));
        }
    }

    [Fact]
    public async Task Map_WithJavaScriptOff_IsThereAndItsPinsAreLinks()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync(NearCambridge);

        await Assertions.Expect(page.Locator("#results-map svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("button.use-location")).ToBeHiddenAsync();
        var first = page.Locator("#results-map a[data-number='1']");
        var name = await page.Locator(".result[data-number='1'] h3").TextContentAsync();
        await first.ClickAsync();
        await page.WaitForURLAsync("**/programs/*");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name!.Trim());
    }

    [Fact]
    public async Task Pin_Focused_MarksItsCardAndTheCardMarksThePin()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(NearCambridge);

        await page.Locator("#results-map a[data-number='2']").FocusAsync();
        await Assertions.Expect(page.Locator(".result[data-number='2']")).ToHaveClassAsync(new Regex("is-highlighted"));
        await page.Locator(".result[data-number='3'] h3 a").FocusAsync();
        await Assertions.Expect(page.Locator("#results-map a[data-number='3']")).ToHaveClassAsync(new Regex("is-highlighted"));
        await Assertions.Expect(page.Locator(".result[data-number='2']")).Not.ToHaveClassAsync(new Regex("is-highlighted"));
    }

    [Fact]
    public async Task NationalMap_StateLink_SearchesThatStateAndLaterFiltersKeepIt()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#national-map a[aria-label^='Massachusetts:']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?state=MA$"));
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Massachusetts");

        await page.CheckAsync("input[name=condition][value=depression]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("condition=depression.*state=MA|state=MA.*condition=depression"));
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Massachusetts");
    }

    [Fact]
    public async Task UseMyLocation_WithPermission_FillsNearRoundedAndSearches()
    {
        var page = await PageWith(new BrowserNewContextOptions
        {
            Geolocation = new Geolocation { Latitude = 42.37364f, Longitude = -71.10972f },
            Permissions = ["geolocation"],
        });
        await page.GotoAsync("/");

        var button = page.Locator("button.use-location");
        await Assertions.Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();

        await Assertions.Expect(page.Locator("#near")).ToHaveValueAsync("42.37,-71.11");
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("within 25 miles of Cambridge, MA");
        await Assertions.Expect(page.Locator("#results-map svg")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("near=42.37%2C-71.11"));
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length + sessionStorage.length"));
        Assert.Empty(await page.Context.CookiesAsync());
    }

    [Fact]
    public async Task UseMyLocation_Refused_SaysSoAndSearchesNothing()
    {
        // No permission granted: Chromium refuses the request, as it does when a person says no.
        var page = await PageWith(new BrowserNewContextOptions());
        await page.GotoAsync("/");
        await page.Locator("button.use-location").ClickAsync();

        await Assertions.Expect(page.Locator("#locate-status")).ToContainTextAsync("Location permission was refused");
        await Assertions.Expect(page.Locator("#near")).ToHaveValueAsync("");
        Assert.EndsWith("/", page.Url);
    }
}
