using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IopFinder.Browser.Tests.Search;

/// <summary>
/// A 390×844 phone on the real catalog, where issue 19 found the filters 4,327 px tall, the first card
/// 1,460 px down behind the map, a tray that scrolled away and a program page printing on 5 pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public partial class PhoneNationalTests(BrowserFixture browser, NationalSiteFixture site)
{
    private const int Width = 390, Height = 844;

    private Task<IPage> Phone(bool javaScript = true) => browser.NewPageAsync(Width, Height, javaScript, site.BaseUrl);

    private static async Task<LocatorBoundingBoxResult> Box(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException("not rendered");

    [Theory]
    [InlineData("60614", true)]
    [InlineData("02139", true)]
    [InlineData("77002", true)]
    [InlineData("60614", false)]
    public async Task Search_ShowsTheFirstProgramOnTheFirstScreen_AndTheMapAfterIt(string zip, bool javaScript)
    {
        var page = await Phone(javaScript);
        await page.GotoAsync("/");
        await page.FillAsync("#near", zip);
        await page.ClickAsync(".primary-search button[type=submit]");
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync(zip);
        var heading = await Box(page.Locator("#results-heading"));
        var card = await Box(page.Locator(".result").First);
        var map = await Box(page.Locator("#results figure.map"));
        Assert.InRange(heading.Y, -1, Height);
        Assert.True(card.Y < Height, $"the first card starts at {card.Y}px, below the first screen");
        Assert.True(map.Y > card.Y + card.Height, "the map comes before the first card");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath($"phone-390-after-search-{zip}-{(javaScript ? "js" : "nojs")}.png") });
    }

    [Fact]
    public async Task Filters_OpenAsASheet_ShowCountFollowsTicks_AndClosingLandsOnTheResults()
    {
        var page = await Phone();
        await page.GotoAsync("/?near=60614");
        var filters = page.Locator("#filters");
        var show = filters.Locator("button.show-programs .show-count");
        var heading = page.Locator("#results-heading");
        var before = await CountOf(heading);
        await Assertions.Expect(filters).ToBeHiddenAsync();

        await page.ClickAsync(".filters-toggle");
        await Assertions.Expect(page.Locator("#filters-heading")).ToBeFocusedAsync();
        await Assertions.Expect(filters).ToHaveAttributeAsync("role", "dialog");
        var sheet = await Box(filters);
        Assert.Equal((0, 0, Width, Height), ((int)sheet.X, (int)sheet.Y, (int)sheet.Width, (int)sheet.Height));
        await Assertions.Expect(show).ToHaveTextAsync($"Show {before:N0} programs");
        await AxeAssert.NoViolations(page);

        await page.CheckAsync("input[name=insurance][value=medicaid]");
        await Assertions.Expect(show).Not.ToHaveTextAsync($"Show {before:N0} programs");
        await Assertions.Expect(show).ToHaveTextAsync(ShowCount());
        // Still on screen, under the thumb, however far down the sheet the box was.
        var button = await Box(show);
        Assert.True(button.Y >= 0 && button.Y + button.Height <= Height, $"'Show' is at {button.Y}px");
        var shown = int.Parse(ShowCount().Match(await show.TextContentAsync() ?? "").Groups[1].Value.Replace(",", ""));
        Assert.True(shown < before, $"{shown} with Medicaid, {before} without");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("phone-390-filters-sheet.png") });

        await filters.Locator("button.show-programs").ClickAsync();
        await Assertions.Expect(filters).ToBeHiddenAsync();
        await Assertions.Expect(heading).ToBeFocusedAsync();
        Assert.Equal(shown, await CountOf(heading));
        Assert.InRange((await Box(heading)).Y, -1, Height);
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Medicaid");
    }

    [Fact]
    public async Task Filters_Sheet_KeepsFocusInside_AndEscapeGivesItBackToTheButton()
    {
        var page = await Phone();
        await page.GotoAsync("/?near=60614");
        var toggle = page.Locator(".filters-toggle");
        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator("#filters-heading")).ToBeFocusedAsync();
        // Backwards from the top of the sheet wraps to its last control rather than the page behind it.
        await page.Keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(page.Locator("#filters button.show-programs")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#filters .filters-close")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#filters")).ToBeHiddenAsync();
        await Assertions.Expect(toggle).ToBeFocusedAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task Filters_WithoutScript_StayPartOfTheForm()
    {
        var page = await Phone(javaScript: false);
        await page.GotoAsync("/?near=60614");
        await Assertions.Expect(page.Locator(".filters-toggle")).ToBeHiddenAsync();
        await page.CheckAsync("input[name=insurance][value=medicaid]");
        await page.Locator("#filters button.show-programs").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("insurance=medicaid.*#results-heading"));
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Medicaid");
    }

    [Fact]
    public async Task CompareTray_StaysOnScreenToTheEnd_WithoutCoveringThePage()
    {
        var page = await Phone();
        await page.GotoAsync("/?near=60614");
        await page.Locator(".result a.compare-toggle").First.ClickAsync();
        var tray = page.Locator(".compare-tray");
        await Assertions.Expect(tray).ToContainTextAsync("Comparing 1 of up to 6");
        await page.EvaluateAsync("window.scrollTo(0, document.documentElement.scrollHeight)");
        await page.WaitForFunctionAsync("window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1");
        var box = await Box(tray);
        Assert.True(box.Y >= 0 && box.Y + box.Height <= Height + 1, $"the tray is at {box.Y}px");
        await Assertions.Expect(tray.Locator("a.button-primary")).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("phone-390-tray-at-the-end.png") });
        // The page's last line ends above the tray.
        var footer = await Box(page.Locator(".site-footer p").Last);
        Assert.True(footer.Y + footer.Height <= box.Y, $"the footer ends at {footer.Y + footer.Height}px, the tray starts at {box.Y}px");
        await AxeAssert.NoViolations(page);
    }

    public static TheoryData<string, string> LongestListings()
    {
        // The longest listings of the catalog, as it is imported today, in both languages.
        var ids = Directory.GetFiles(Path.Combine(IopFinder.Core.Tests.Support.Repo.Content, "programs"), "*.md")
            .OrderByDescending(path => new FileInfo(path).Length).Take(2).Select(Path.GetFileNameWithoutExtension);
        var data = new TheoryData<string, string>();
        foreach (var id in ids)
        {
            data.Add(id!, "en");
            data.Add(id!, "es");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LongestListings))]
    public async Task ProgramPage_PrintsOnAtMostTwoLetterPages(string id, string language)
    {
        var page = await browser.NewPageAsync(baseUrl: site.BaseUrl);
        await page.GotoAsync($"/programs/{id}?lang={language}&ids={id}");
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        var pdf = await page.PdfAsync(new() { Format = "Letter" });
        var pages = PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;
        Assert.InRange(pages, 1, 2);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath($"program-print-{id}-{language}.png"), FullPage = true });
        await Assertions.Expect(page.Locator(".contact-first a.call")).ToBeVisibleAsync();
        foreach (var hidden in new[] { ".breadcrumb", ".compare-tray", ".print-button", "a.directions", ".site-footer", ".correction-links" })
        {
            await Assertions.Expect(page.Locator(hidden).First).ToBeHiddenAsync();
        }
    }

    private static async Task<int> CountOf(ILocator heading) =>
        int.Parse(Regex.Match(await heading.TextContentAsync() ?? "", @"^\s*([\d,]+) ").Groups[1].Value.Replace(",", ""));

    [GeneratedRegex(@"^Show ([\d,]+) programs?$")]
    private static partial Regex ShowCount();

    /// <summary>A page object of the PDF ("/Type /Page"), not the page tree ("/Type /Pages").</summary>
    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PageObject();
}
