using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IopFinder.Browser.Tests.Search;

/// <summary>On the bundled national catalog in a real browser: the maps' words and numbers read on a phone.</summary>
[Collection(BrowserCollection.Name)]
public class NationalMapTests(BrowserFixture fixture, NationalSiteFixture site)
{
    private async Task<IPage> Page(int width, int height, bool javaScript = true)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            BaseURL = site.BaseUrl,
        });
        return await context.NewPageAsync();
    }

    private sealed record DrawnCount(string State, string Text, double Px, double Left, double Top, double Right, double Bottom);

    // Each count's drawn font size (its CSS size times the SVG's scale) and its box on screen.
    private const string MeasureCounts = """
        () => {
          const svg = document.querySelector('#national-map svg');
          const frame = svg.getBoundingClientRect();
          const scale = frame.width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll('.map-counts text')].map(t => {
            const r = t.getBoundingClientRect();
            return { state: t.dataset.state, text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale,
                     left: r.left - frame.left, top: r.top - frame.top, right: r.right - frame.left, bottom: r.bottom - frame.top,
                     frameWidth: frame.width, frameHeight: frame.height };
          });
        }
        """;

    [Theory]
    [InlineData("/")]
    [InlineData("/?lang=es")]
    public async Task NationalMap_At390Px_EveryStateWithProgramsHasACountOfAtLeast12Px_NoneOverlapping(string url)
    {
        var page = await Page(390, 844);
        await page.GotoAsync(url);
        var svg = page.Locator("#national-map svg");
        await Assertions.Expect(svg.Locator(".map-counts text").First).ToBeVisibleAsync();

        // The states with programs, from the names the links speak ("Vermont: 10 programs", "Vermont: 10 programas").
        var names = await svg.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('aria-label'))");
        var withPrograms = names.Count(n => Regex.Match(n, @": (\d[\d,]*) ").Groups[1].Value is var c && c.Length > 0 && c != "0");
        var json = await page.EvaluateAsync<JsonElement>(MeasureCounts);
        var counts = json.EnumerateArray().Select(e => new DrawnCount(e.GetProperty("state").GetString()!, e.GetProperty("text").GetString()!, e.GetProperty("px").GetDouble(),
            e.GetProperty("left").GetDouble(), e.GetProperty("top").GetDouble(), e.GetProperty("right").GetDouble(), e.GetProperty("bottom").GetDouble())).ToList();
        var frame = json[0];

        Assert.True(withPrograms > 45, $"{withPrograms} states with programs");
        Assert.Equal(withPrograms, counts.Select(c => c.State).Distinct().Count());
        Assert.Equal(withPrograms, counts.Count);
        Assert.All(counts, c => Assert.True(c.Px >= 12, $"{c.State}'s count is drawn at {c.Px:0.0} px"));
        Assert.All(counts, c => Assert.True(c.Left >= -1 && c.Top >= -1 && c.Right <= frame.GetProperty("frameWidth").GetDouble() + 1 && c.Bottom <= frame.GetProperty("frameHeight").GetDouble() + 1,
            $"{c.State}'s count leaves the map"));
        // A text's box spans the font's ascent and descent; digits fill about its middle 60 %, and those must not touch.
        foreach (var a in counts)
        {
            foreach (var b in counts.Where(b => string.CompareOrdinal(b.State, a.State) > 0))
            {
                var (aTop, aBottom) = (a.Top + (a.Bottom - a.Top) * 0.2, a.Bottom - (a.Bottom - a.Top) * 0.2);
                var (bTop, bBottom) = (b.Top + (b.Bottom - b.Top) * 0.2, b.Bottom - (b.Bottom - b.Top) * 0.2);
                var overlap = a.Left < b.Right && b.Left < a.Right && aTop < bBottom && bTop < aBottom;
                Assert.False(overlap, $"the counts of {a.State} ({a.Text}) and {b.State} ({b.Text}) overlap");
            }
        }
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        await page.Locator("#national-map").ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath($"map-national-real-390{(url.Contains("es") ? "-es" : "")}.png") });
        await AxeAssert.NoViolations(page);

        // Printed, every count is still there.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(svg.Locator(".map-counts text")).ToHaveCountAsync(withPrograms);
        await Assertions.Expect(svg).ToBeVisibleAsync();
    }

    [Fact]
    public async Task LocalMap_NamesTheSearchedPlaceOnTheMap()
    {
        var page = await Page(390, 844);
        await page.GotoAsync("/?near=60614");
        var place = page.Locator("#results-map text.map-place");
        await Assertions.Expect(place).ToHaveTextAsync("60614 (Chicago, IL)");
        var size = await place.EvaluateAsync<double>("t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width");
        Assert.True(size >= 12, $"the place's name is drawn at {size:0.0} px");
        await AxeAssert.NoViolations(page);
    }
}
