using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using IopFinder.Web;

namespace IopFinder.Browser.Tests.Shared;

[Collection(BrowserCollection.Name)]
public class PrivacyAndSafetyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SearchAndCompareJourney_MakesNoRequestOffTheSiteAndSetsNoCookie()
    {
        var page = await fixture.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => { lock (requests) requests.Add(request.Url); };

        await page.GotoAsync("/");
        await page.FillAsync("#near", "02139");
        await page.ClickAsync(".primary-search button[type=submit]");
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("02139");
        await page.CheckAsync("input[name=condition][value=depression]");
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Depression");
        await page.Locator("a.compare-toggle").First.ClickAsync();
        await Assertions.Expect(page.Locator(".compare-tray")).ToBeVisibleAsync();
        await page.Locator("a.compare-toggle:not(.is-chosen)").First.ClickAsync();
        await page.Locator(".compare-tray a.button-primary").ClickAsync();
        await page.WaitForURLAsync(new Regex("/compare"));
        await page.CheckAsync("#w-crisis-plan-3");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("w.crisis-plan=3"));
        await page.Locator("table.compare-table thead a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/programs/"));
        await page.Locator("a[href^='mailto:']").First.IsVisibleAsync();

        lock (requests)
        {
            Assert.True(requests.Count > 10, $"only {requests.Count} requests were seen");
            var offSite = requests.Where(url => !url.StartsWith(fixture.BaseUrl, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)).ToList();
            Assert.True(offSite.Count == 0, "requests left the site: " + string.Join(", ", offSite));
        }
        Assert.Empty(await page.Context.CookiesAsync());
    }

    [Fact]
    public async Task KeyboardOnly_SkipLinkThenSearchByZip()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.StartsWith("Skip to results", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("near", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("02139");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("within 25 miles of 02139");
    }

    [Fact]
    public async Task HostileListing_RunsNoScriptInTheBrowser()
    {
        var content = Path.Combine(Path.GetTempPath(), "iopfinder-hostile-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(content, "programs"));
        File.Copy(Path.Combine(BrowserFixture.RepoRoot, "content", "taxonomy.yml"), Path.Combine(content, "taxonomy.yml"));
        File.WriteAllText(Path.Combine(content, "programs", "hostile.md"), """
            ---
            name: "<script>window.pwned = 1</script>Hostile <img src=x onerror='window.pwned=2'>"
            levels_of_care: [iop]
            conditions: [depression]
            formats: [virtual]
            virtual_states: [MA]
            contact:
              referral: "<svg onload='window.pwned=3'></svg>"
            ---
            <script>window.pwned = 4</script>
            <iframe src="javascript:window.parent.pwned=5"></iframe>
            <img src=x onerror="window.pwned=6">
            [click](javascript:window.pwned=7) <a href="javascript:window.pwned=8">raw</a>
            <style>body { display: none }</style>
            """);
        var app = IopFinder.Web.SiteHost.Build(["--urls", "http://127.0.0.1:0", $"--Catalog:ContentPath={content}", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        try
        {
            var page = await fixture.NewPageAsync();
            var dialogs = 0;
            page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
            await page.GotoAsync(app.Urls.First() + "/programs/hostile");
            foreach (var link in await page.Locator(".program a").AllAsync()) await link.ClickAsync(new() { Trial = true });
            Assert.Null(await page.EvaluateAsync<int?>("window.pwned ?? null"));
            Assert.Equal(0, dialogs);
            Assert.Equal(0, await page.Locator("main script, main iframe, main img, main svg, main style").CountAsync());
            Assert.Equal(0, await page.EvaluateAsync<int>("[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"));
            Assert.Equal(0, await page.EvaluateAsync<int>("[...document.querySelectorAll('a[href]')].filter(a => a.protocol === 'javascript:').length"));
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("<script>window.pwned = 1</script>Hostile");
            // The listing's facts as JSON-LD: the browser keeps the whole name inside the one data block.
            Assert.Equal(1, await page.Locator("script[type='application/ld+json']").CountAsync());
            Assert.Equal("<script>window.pwned = 1</script>Hostile <img src=x onerror='window.pwned=2'>",
                await page.EvaluateAsync<string>("JSON.parse(document.querySelector(\"script[type='application/ld+json']\").textContent).name"));
            await Assertions.Expect(page.Locator("body")).ToBeVisibleAsync();
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(content, recursive: true);
        }
    }

    [Theory]
    [InlineData("/programs/%00")]
    [InlineData("/programs/a%00b")]
    [InlineData("/programs/..%2F..%2Fappsettings.json")]
    [InlineData("/%2e%2e/%2e%2e/appsettings.json")]
    public async Task OddPathsOnKestrel_AreRefusedWithoutServerError(string path)
    {
        using var client = new HttpClient();
        var response = await client.GetAsync(fixture.BaseUrl + path);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} for {path}");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
