using System.Text.RegularExpressions;
using Microsoft.Playwright;
using IopFinder.Web.Tests.Shared.Localization;

namespace IopFinder.Browser.Tests.Shared;

/// <summary>A Spanish-speaking family on a 360 px phone: search, filter, compare, print, all in Spanish and accessible.</summary>
[Collection(BrowserCollection.Name)]
public class SpanishJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SearchFilterComparePrint_InSpanish_OnAPhone()
    {
        var page = await fixture.NewPageAsync(360, 740);
        await page.GotoAsync("/es");
        await AssertSpanishAndAccessible(page, "es-home-360.png");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("es-home-360-first-screen.png") });

        await page.FillAsync("#near", "02139");
        await page.ClickAsync(".primary-search button[type=submit]");
        var heading = page.Locator("#results-heading");
        await Assertions.Expect(heading).ToContainTextAsync("a menos de 25 millas de 02139");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("lang=es"));

        await page.ClickAsync(".filters-toggle");
        await page.CheckAsync("input[name=insurance][value=medicaid]");
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Medicaid");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("insurance=medicaid"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("lang=es"));
        // The sheet closes on its "Mostrar N programas", counted in Spanish.
        await Assertions.Expect(page.Locator("#filters .show-count")).ToHaveTextAsync(new Regex(@"^Mostrar \d+ programas?$"));
        await page.Locator("#filters button.show-programs").ClickAsync();
        await Assertions.Expect(page.Locator("#results-heading")).ToBeFocusedAsync();
        await AssertSpanishAndAccessible(page, "es-search-360.png");

        foreach (var i in new[] { 0, 1 })
        {
            await page.Locator("a.compare-toggle:not(.is-chosen)").First.ClickAsync();
            await Assertions.Expect(page.Locator(".compare-tray li")).ToHaveCountAsync(i + 1);
        }
        await Assertions.Expect(page.Locator(".compare-tray")).ToContainTextAsync("Comparando 2 de un máximo de 6");
        await page.Locator(".compare-tray a.button-primary").ClickAsync();
        await page.WaitForURLAsync(new Regex("/compare\\?.*lang=es"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Comparar programas");
        await Assertions.Expect(page.Locator(".compare-card")).ToHaveCountAsync(2);
        await page.CheckAsync("#w-psychiatrist-on-staff-3");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("w.psychiatrist-on-staff=3"));
        await Assertions.Expect(page.Locator("#live")).ToContainTextAsync("Puntajes actualizados");
        await AssertSpanishAndAccessible(page, "es-compare-360.png");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".print-only")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".print-only")).ToContainTextAsync("Impreso desde");
        await Assertions.Expect(page.Locator("#checklist-form")).ToBeHiddenAsync();
        Assert.Empty(ResourceFile.EnglishIn(await InterfaceText(page)));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("es-compare-print-360.png"), FullPage = true });
    }

    private static async Task AssertSpanishAndAccessible(IPage page, string screenshot)
    {
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Empty(ResourceFile.EnglishIn(await InterfaceText(page)));
        await AxeAssert.NoViolations(page);
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page scrolls sideways at 360 px");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath(screenshot), FullPage = true });
    }

    /// <summary>The page's visible and accessible interface words, live regions and labels included, without what programs wrote.</summary>
    private static Task<string> InterfaceText(IPage page) => page.EvaluateAsync<string>(
        """
        selector => {
            const body = document.body.cloneNode(true);
            body.querySelectorAll(selector).forEach(e => e.remove());
            const labels = [...body.querySelectorAll("[aria-label], [title], [placeholder], [data-busy], [data-denied], [data-failed], [data-updated]")]
                .flatMap(e => ["aria-label", "title", "placeholder", "data-busy", "data-denied", "data-failed", "data-updated"].map(a => e.getAttribute(a) || ""));
            return (body.textContent + " " + labels.join(" ") + " " + document.title).replace(/\s+/g, " ");
        }
        """, ResourceFile.ListingContent);
}
