using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IopFinder.Browser.Tests.Search;

[Collection(BrowserCollection.Name)]
public class JourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Home_FollowProgramLink_SeesItsSchedule()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator(".crisis")).ToContainTextAsync("988");
        var link = page.Locator(".result h3 a").First;
        var name = await link.TextContentAsync();
        await link.ClickAsync();
        await page.WaitForURLAsync("**/programs/*");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name!);
        var table = page.Locator("table.schedule-table");
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table.Locator("tbody tr").First).ToContainTextAsync("8–11 am");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("program-desktop.png"), FullPage = true });
    }

    [Fact]
    public async Task Search_ByZipThenTwoFilters_UpdatesCountChipsAndUrl()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#near", "02139");
        await page.ClickAsync(".primary-search button[type=submit]");
        var heading = page.Locator("#results-heading");
        await Assertions.Expect(heading).ToContainTextAsync("within 25 miles of 02139");
        var before = await CountOf(heading);

        await page.CheckAsync("input[name=condition][value=depression]");
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Depression");
        await page.CheckAsync("input[name=insurance][value=medicaid]");
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Medicaid");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("near=02139.*condition=depression.*insurance=medicaid"));
        var after = await CountOf(heading);
        Assert.True(after < before, $"{after} should be fewer than {before}");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("search-desktop.png") });
        Assert.True(after > 0);

        // The URL alone reproduces the search: reload and the same chips and count come back.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("input[name=condition][value=depression]")).ToBeCheckedAsync();
        Assert.Equal(after, await CountOf(heading));
    }

    [Fact]
    public async Task Search_WorksWithoutJavaScript()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.CheckAsync("input[name=condition][value=ptsd]");
        await page.Locator("#filters button.button-primary").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("condition=ptsd"));
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("PTSD");
    }

    [Fact]
    public async Task Phone_WithoutJavaScript_SearchLandsOnTheResults_NotTheTopOfTheForm()
    {
        var page = await fixture.NewPageAsync(360, 640, javaScript: false);
        await page.GotoAsync("/");
        await page.FillAsync("#near", "02139");
        await page.Locator(".primary-search button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"near=02139.*#results-heading$"));
        await Assertions.Expect(page.Locator("#results-heading")).ToBeInViewportAsync();
        // "Show all" opens its group where it is, not at the results.
        await page.Locator("#group-modality button.more-options").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("more=modality.*#group-modality$"));
        await Assertions.Expect(page.Locator("#group-modality legend")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task SpanishCrisisLine_FitsTheNarrowestPhone()
    {
        var page = await fixture.NewPageAsync(320, 640);
        await page.GotoAsync("/?lang=es");
        await Assertions.Expect(page.Locator(".crisis-sms")).ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the page scrolls sideways");
        var right = await page.EvaluateAsync<double>("document.querySelector('.crisis-sms').getBoundingClientRect().right");
        Assert.True(right <= 320, $"the crisis link ends at {right} px");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ShowAll_OpensTheGroupKeepingTheChoicesMade(bool javaScript)
    {
        var page = await fixture.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync("/");
        var group = page.Locator("#group-modality");
        var before = await group.Locator("input[type=checkbox]").CountAsync();
        await page.CheckAsync("input[name=condition][value=ptsd]");
        if (javaScript) await Assertions.Expect(page).ToHaveURLAsync(new Regex("condition=ptsd"));
        await group.Locator("button.more-options").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("more=modality"));
        await Assertions.Expect(group.Locator("button.more-options")).ToHaveCountAsync(0);
        Assert.True(await group.Locator("input[type=checkbox]").CountAsync() > before);
        await Assertions.Expect(page.Locator("input[name=condition][value=ptsd]")).ToBeCheckedAsync();
        // With the script, the page stays put and focus lands on the first choice that was folded.
        if (javaScript) await Assertions.Expect(group.Locator("input[type=checkbox]").Nth(before)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Phone_FiltersFoldBehindAButtonAndNothingScrollsSideways()
    {
        var page = await fixture.NewPageAsync(360, 740);
        await page.GotoAsync("/?near=02139&condition=depression");
        var toggle = page.Locator(".filters-toggle");
        await Assertions.Expect(toggle).ToHaveTextAsync("Filters (1)");
        await Assertions.Expect(page.Locator("#filters")).ToBeHiddenAsync();
        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator("#filters")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("search-phone.png"), FullPage = true });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/es")]
    public async Task Phone_CrisisLinePlaceNeedAndSearchFitAboveTheFold(string url)
    {
        var page = await fixture.NewPageAsync(360, 640);
        await page.GotoAsync(url);
        foreach (var selector in new[] { ".crisis a[href='tel:988']", "#near", "#q", ".primary-search button[type=submit]" })
        {
            var box = await page.Locator(selector).BoundingBoxAsync();
            Assert.True(box is not null && box.Y + box.Height <= 640, $"{selector} ends at {box?.Y + box?.Height}px, below the fold");
        }
    }

    private static async Task<int> CountOf(ILocator heading)
    {
        var text = await heading.TextContentAsync() ?? "";
        return int.Parse(Regex.Match(text, @"^\s*([\d,]+) ").Groups[1].Value.Replace(",", ""));
    }
}
