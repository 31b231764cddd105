using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IopFinder.Browser.Tests.Compare;

/// <summary>"Share" on a phone's comparison: the device's share sheet where it has one, else the link copied, and a link box without the script.</summary>
[Collection(BrowserCollection.Name)]
public class CompareShareTests(BrowserFixture fixture)
{
    private const string Url = "/compare?ids=harborview-example-iop,twin-ports-example-iop&insurance=medicaid";

    private async Task<IPage> Phone(string? initScript = null, bool javaScript = true)
    {
        var page = await fixture.NewPageAsync(390, 844, javaScript);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = fixture.BaseUrl });
        if (initScript is not null) await page.AddInitScriptAsync(initScript);
        return page;
    }

    [Fact]
    public async Task Share_WithoutAShareSheet_CopiesTheLinkAsItNowIs_AndSaysSo()
    {
        var page = await Phone("delete Navigator.prototype.share;");
        await page.GotoAsync(Url);
        // An importance changed in place is part of what is shared.
        await page.CheckAsync("#w-insurance-3");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("w.insurance=3"));
        await page.ClickAsync(".share-button");
        await Assertions.Expect(page.Locator("#share-status")).ToHaveTextAsync("Link copied. Paste it into a message or an e-mail.");
        Assert.Equal(page.Url, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        await Assertions.Expect(page.Locator("#share-url")).ToHaveValueAsync(page.Url);
        await AxeAssert.NoViolations(page);
    }

    [Fact]
    public async Task Share_WithAShareSheet_HandsItTheLink()
    {
        var page = await Phone("Navigator.prototype.share = function (data) { window.shared = data; return Promise.resolve(); };");
        await page.GotoAsync(Url);
        await page.ClickAsync(".share-button");
        await page.WaitForFunctionAsync("window.shared !== undefined");
        Assert.Equal(page.Url, await page.EvaluateAsync<string>("window.shared.url"));
        await Assertions.Expect(page.Locator("#share-status")).ToBeEmptyAsync();
    }

    [Fact]
    public async Task Share_WithoutScript_ShowsTheLinkToCopy()
    {
        var page = await Phone(javaScript: false);
        await page.GotoAsync(Url);
        await Assertions.Expect(page.Locator(".share-button")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#share-url")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#share-url")).ToHaveValueAsync(page.Url);
    }
}
