using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IopFinder.Browser.Tests.Compare;

[Collection(BrowserCollection.Name)]
public class CompareJourneyTests(BrowserFixture fixture)
{
    private static readonly string[] Chosen = ["Beacon Hill Example Intensive Outpatient", "Green Mountain Example Virtual IOP", "Harborview Example IOP"];

    [Fact]
    public async Task SearchAddThreeCompareChangeImportancePrint()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#near", "02139");
        await page.ClickAsync(".primary-search button[type=submit]");
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("02139");
        foreach (var name in Chosen)
        {
            await page.Locator("a.compare-toggle", new() { HasText = $"Add to compare: {name}" }).ClickAsync();
            await Assertions.Expect(page.Locator(".compare-tray")).ToContainTextAsync(name);
        }
        await page.Locator(".compare-tray a.button-primary").ClickAsync();
        await page.WaitForURLAsync(new Regex("/compare\\?"));

        // Everything meets "within 25 miles", so the nearest comes first (Harborview is in 02139, Beacon Hill
        // two miles off, the virtual program has no site) until an importance changes the order.
        var columns = page.Locator("table.compare-table thead th[scope=col] > a");
        await Assertions.Expect(columns).ToHaveTextAsync(["Harborview Example IOP", "Beacon Hill Example Intensive Outpatient", "Green Mountain Example Virtual IOP"]);
        await page.CheckAsync("#w-outcome-tracking-3");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("w.outcome-tracking=3"));
        // Green Mountain tracks outcomes; Beacon Hill's listing doesn't say.
        await Assertions.Expect(columns).ToHaveTextAsync(["Harborview Example IOP", "Green Mountain Example Virtual IOP", "Beacon Hill Example Intensive Outpatient"]);
        await Assertions.Expect(page.Locator("table.compare-table thead")).ToContainTextAsync("Meets 0 of 1 must-have");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("#checklist-form")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("table.compare-table")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".print-only")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("compare-print.png"), FullPage = true });
        var pdf = await page.PdfAsync(new() { Landscape = true, PrintBackground = false });
        Assert.True(pdf.Length > 10_000);
    }

    [Fact]
    public async Task ChosenWithoutNeeds_NoScoreUntilWhatMattersIsChosen_ThenScoredInPlace()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/compare?ids=harborview-example-iop,beacon-hill-example-iop");
        await Assertions.Expect(page.Locator("#comparison-heading")).ToHaveTextAsync("2 programs side by side");
        await Assertions.Expect(page.Locator(".ask-what-matters")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".score")).ToHaveCountAsync(0);
        await page.CheckAsync("#w-psychiatrist-on-staff-3");
        await Assertions.Expect(page.Locator("table.compare-table thead .score-number").First).ToHaveTextAsync("Score 100 of 100");
        await Assertions.Expect(page.Locator("#comparison-heading")).ToHaveTextAsync("2 programs, best match first");
        await Assertions.Expect(page.Locator(".ask-what-matters")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Phone_ShowsOneCardPerProgram()
    {
        var page = await fixture.NewPageAsync(360, 740);
        await page.GotoAsync("/compare?ids=harborview-example-iop,beacon-hill-example-iop&insurance=medicaid");
        await Assertions.Expect(page.Locator(".compare-card")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("table.compare-table")).ToBeHiddenAsync();
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("compare-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task Phone_WithoutNeeds_EachCardListsItsProgramsFacts()
    {
        var page = await fixture.NewPageAsync(360, 740);
        await page.GotoAsync("/compare?ids=harborview-example-iop,beacon-hill-example-iop");
        var cards = page.Locator(".compare-card");
        await Assertions.Expect(cards).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("table.compare-table")).ToBeHiddenAsync();
        for (var i = 0; i < 2; i++)
        {
            await Assertions.Expect(cards.Nth(i).Locator("dt", new() { HasText = "Insurance" })).ToBeVisibleAsync();
            await Assertions.Expect(cards.Nth(i).Locator("dt", new() { HasText = "Openings" })).ToBeVisibleAsync();
        }
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("compare-phone-facts.png"), FullPage = true });
    }

    [Fact]
    public async Task Desktop_SixProgramsFit_NoColumnScrolledOutOfSight()
    {
        var page = await fixture.NewPageAsync(1280, 900);
        await page.GotoAsync("/compare?insurance=medicaid&condition=ptsd&ids=harborview-example-iop,beacon-hill-example-iop,green-mountain-example-virtual-iop,capitol-example-iop,empire-example-iop,cascade-example-eating-disorders-iop");
        await Assertions.Expect(page.Locator("table.compare-table thead th[scope=col]")).ToHaveCountAsync(7);
        var fits = await page.EvaluateAsync<bool>("(() => { const box = document.querySelector('.compare-wide'); return box.scrollWidth <= box.clientWidth; })()");
        Assert.True(fits, "the comparison scrolls sideways, hiding a program's column");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("compare-six.png"), FullPage = true });
    }
}
