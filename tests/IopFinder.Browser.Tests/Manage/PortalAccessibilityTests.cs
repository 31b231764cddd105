using IopFinder.Web.Tests.Manage;
using Microsoft.Playwright;

namespace IopFinder.Browser.Tests.Manage;

/// <summary>
/// axe finds nothing on any portal page, in each state staff meet it (signed out, code sent, errors at the fields,
/// saved, sent for review, refused), on a phone, and on the wide pages again on a desktop; on the phone nothing
/// scrolls sideways.
/// </summary>
[Collection(PortalAndAxeCollection.Name)]
public class PortalAccessibilityTests(BrowserFixture fixture)
{
    private const string Held = "beacon-hill-example-iop";

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task EveryPortalPage_HasNoAxeViolations_SignedOutAndInAsAMaintainer(int width, int height)
    {
        await using var site = await PortalSite.StartAsync("--Staff:Maintainers:0=director@example.org");
        var page = await fixture.NewPageAsync(width, height, baseUrl: site.BaseUrl);

        await page.GotoAsync("/manage");
        await Assertions.Expect(page.Locator("#email")).ToBeVisibleAsync();
        await Check(page, "/manage signed out");
        await page.GotoAsync("/manage/sign-in");
        await Assertions.Expect(page.Locator("#email")).ToBeVisibleAsync();
        await Check(page, "/manage/sign-in");
        await page.FillAsync("#email", "director@example.org");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#code")).ToBeVisibleAsync();
        await Check(page, "/manage/sign-in, code sent");
        await page.GotoAsync("/manage/sign-in/confirm?token=used-up");
        await Assertions.Expect(page.Locator("#link-problem")).ToBeVisibleAsync();
        await Check(page, "/manage/sign-in/confirm, expired link");
        await page.GotoAsync(SignInMail.From(await site.Mail.NextAsync()).Link);
        await Check(page, "/manage/sign-in/confirm");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#held-heading")).ToBeVisibleAsync();
        await Check(page, "/manage signed in");

        await page.GotoAsync($"/manage/claim/{Held}");
        await Check(page, "/manage/claim");
        await page.Locator("main form.portal-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#claim-outcome")).ToBeVisibleAsync();
        await Check(page, "/manage/claim, granted");

        await page.GotoAsync($"/manage/listings/{Held}");
        await Assertions.Expect(page.Locator("form#editor")).ToBeVisibleAsync();
        await Check(page, "/manage/listings");
        await page.FillAsync("[name='locations[0].zip']", "ABCDE");
        await page.Locator("#save-button").ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await Check(page, "/manage/listings, a ZIP of letters");
        await page.FillAsync("[name='locations[0].zip']", "02108");
        await page.FillAsync("[name='name']", "Beacon Hill Example IOP");
        await page.FillAsync("[name='contact.phone']", "617-555-0177");
        await page.Locator("#save-button").ClickAsync();
        await Assertions.Expect(page.Locator("#waiting")).ToBeVisibleAsync();
        await Check(page, "/manage/listings, saved with a change for review");

        await page.GotoAsync($"/manage/listings/{Held}/confirm");
        await Assertions.Expect(page.Locator("#confirm-button")).ToBeVisibleAsync();
        await Check(page, "/manage/listings/confirm");
        await page.GotoAsync("/manage/listings/golden-gate-example-iop");
        await Assertions.Expect(page.Locator("#denied")).ToBeVisibleAsync();
        await Check(page, "/manage/listings of a listing not held");

        await page.GotoAsync("/manage/new");
        await Assertions.Expect(page.Locator("form#editor")).ToBeVisibleAsync();
        await Check(page, "/manage/new");
        await page.Locator("#save-button").ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await Check(page, "/manage/new, nothing filled in");

        await page.GotoAsync("/manage/review");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Beacon Hill Example IOP");
        await Check(page, "/manage/review");
        await page.GotoAsync("/manage/audit");
        await Assertions.Expect(page.Locator("#audit")).ToContainTextAsync("claimed (granted at once)");
        await Check(page, "/manage/audit");
    }

    // On a desktop, the pages whose layout widens (tables, the editor's columns, the portal's home); every state of
    // every page is checked on the phone, where reflow and touch-target problems show first.
    private static readonly HashSet<string> Wide = ["/manage signed in", "/manage/listings", "/manage/new", "/manage/review", "/manage/audit"];

    private static async Task Check(IPage page, string what)
    {
        if (page.ViewportSize?.Width > 600 && !Wide.Contains(what)) return;
        try
        {
            await AxeAssert.NoViolations(page);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            throw new Xunit.Sdk.XunitException($"{what} at {page.ViewportSize?.Width} px: {e.Message}");
        }
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), $"{what} scrolls sideways");
    }
}
