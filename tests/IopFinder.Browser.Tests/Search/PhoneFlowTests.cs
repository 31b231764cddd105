using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IopFinder.Browser.Tests.Search;

/// <summary>On a 360×640 phone, every flow keeps the person's place: search, add to compare, weigh needs, go back.</summary>
[Collection(BrowserCollection.Name)]
public class PhoneFlowTests(BrowserFixture fixture)
{
    private Task<IPage> Phone(bool javaScript = true) => fixture.NewPageAsync(360, 640, javaScript);

    [Fact]
    public async Task Search_MovesFocusAndScrollToTheResults()
    {
        var page = await Phone();
        await page.GotoAsync("/");
        await page.FillAsync("#near", "02139");
        await page.ClickAsync(".primary-search button[type=submit]");
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("02139");
        await Assertions.Expect(page.Locator("#results-heading")).ToBeFocusedAsync();
        var top = await page.EvaluateAsync<double>("document.getElementById('results-heading').getBoundingClientRect().top");
        Assert.InRange(top, -1, 640);
        await Assertions.Expect(page.Locator("#live")).ToContainTextAsync("within 25 miles of 02139");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("phone-after-search.png") });
    }

    [Fact]
    public async Task AddToCompare_UpdatesTheTrayInPlace_AndKeepsTheScrollPosition()
    {
        var page = await Phone();
        await page.GotoAsync("/?near=02139&radius=100");
        var card = page.Locator(".result").Nth(4);
        await card.ScrollIntoViewIfNeededAsync();
        var before = await card.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        await page.EvaluateAsync("window.stayed = true");
        await card.Locator("a.compare-toggle").ClickAsync();
        var id = await card.GetAttributeAsync("id");
        await Assertions.Expect(page.Locator($"#{id} a.compare-toggle")).ToHaveClassAsync(new Regex("is-chosen"));
        await Assertions.Expect(page.Locator(".compare-tray")).ToBeAttachedAsync();
        Assert.True(await page.EvaluateAsync<bool>("window.stayed === true"), "the page reloaded");
        var after = await page.Locator($"#{id}").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.InRange(after - before, -2, 2);
        await Assertions.Expect(page.Locator($"#{id} a.compare-toggle")).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("ids=" + id!["result-".Length..]));
        await Assertions.Expect(page.Locator("#live")).ToContainTextAsync("Comparing 1 of up to 6");
    }

    [Fact]
    public async Task AddToCompare_WithoutJavaScript_ComesBackToTheSameCard()
    {
        var page = await Phone(javaScript: false);
        await page.GotoAsync("/?near=02139&radius=100");
        var card = page.Locator(".result").Nth(4);
        var id = await card.GetAttributeAsync("id");
        await card.Locator("a.compare-toggle").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"#{id}$"));
        await Assertions.Expect(page.Locator($"#{id} a.compare-toggle")).ToHaveClassAsync(new Regex("is-chosen"));
        var top = await page.Locator($"#{id}").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.InRange(top, -1, 200);
    }

    [Fact]
    public async Task Checklist_ArrowKeyChangesTheScoresWithoutReloading()
    {
        var page = await Phone();
        await page.GotoAsync("/compare?ids=harborview-example-iop,twin-ports-example-iop&insurance=medicaid");
        await page.EvaluateAsync("window.stayed = true");
        await page.FocusAsync("#w-insurance-2");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("w.insurance=3"));
        Assert.True(await page.EvaluateAsync<bool>("window.stayed === true"), "the page reloaded");
        await Assertions.Expect(page.Locator("#w-insurance-3")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".compare-card").First).ToContainTextAsync("Must have");
        await AxeAssert.NoViolations(page);
    }

    [Fact]
    public async Task Checklist_WithoutJavaScript_UpdatesOnAnExplicitButton()
    {
        var page = await Phone(javaScript: false);
        await page.GotoAsync("/compare?ids=harborview-example-iop,twin-ports-example-iop&insurance=medicaid");
        await page.CheckAsync("#w-insurance-3");
        Assert.DoesNotMatch("w.insurance=3", page.Url);
        await page.ClickAsync("#checklist-form button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("w.insurance=3"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Back_AfterTwoFilterChanges_ReturnsToThePreviousSearch(bool javaScript)
    {
        var page = await fixture.NewPageAsync(1280, 900, javaScript);
        await page.GotoAsync("/?near=02139");
        await page.CheckAsync("input[name=condition][value=depression]");
        if (!javaScript) await page.Locator("#filters button.button-primary").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("condition=depression"));
        await page.CheckAsync("input[name=insurance][value=medicaid]");
        if (!javaScript) await page.Locator("#filters button.button-primary").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("insurance=medicaid"));

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("condition=depression"));
        Assert.DoesNotMatch("insurance=medicaid", page.Url);
        await Assertions.Expect(page.Locator("input[name=insurance][value=medicaid]")).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("input[name=condition][value=depression]")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".chips")).Not.ToContainTextAsync("Medicaid");
    }

    [Fact]
    public async Task UnknownPrograms_AreOneLinkAway_WithWhatToAsk()
    {
        var page = await Phone();
        await page.GotoAsync("/?time=evening");
        await page.Locator(".unknown-more a").ClickAsync();
        await Assertions.Expect(page.Locator("#unknown-heading")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".result-list-unknown .ask").First).ToContainTextAsync("What days and times");
        await AxeAssert.NoViolations(page);
    }
}
