using IopFinder.Web.Tests.Manage;
using Microsoft.Playwright;

namespace IopFinder.Browser.Tests.Manage;

/// <summary>Program staff on a phone: from their program's page to signing in from the e-mail, claiming it, and seeing it in "My listings"; axe on every portal page.</summary>
[Collection(PortalAndAxeCollection.Name)]
public class PortalJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Staff_SignInFromTheEmail_ClaimTheirListing_AndSeeItInMyListings()
    {
        await using var mail = new SmtpCapture();
        var (app, baseUrl) = await BrowserFixture.StartSite(IopFinder.Core.Tests.Support.Repo.Examples,
            "--Mail:Host=127.0.0.1", $"--Mail:Port={mail.Port}", "--Staff:Maintainers:0=director@example.org");
        await using var _ = app;
        var page = await fixture.NewPageAsync(390, 844, baseUrl: baseUrl);

        await page.GotoAsync("/programs/beacon-hill-example-iop");
        await page.Locator("#manage-listing").ClickAsync();
        await Assertions.Expect(page.Locator("#email")).ToBeVisibleAsync();
        await AxeAssert.NoViolations(page);
        await page.FillAsync("#email", "director@example.org");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#sign-in-sent")).ToContainTextAsync("director@example.org");
        await AxeAssert.NoViolations(page);

        // The link from the captured e-mail opens a page whose button signs in, then goes on to the claim.
        var message = SignInMail.From(await mail.NextAsync());
        await page.GotoAsync(message.Link);
        await AxeAssert.NoViolations(page);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Beacon Hill");
        await AxeAssert.NoViolations(page);
        await page.Locator("main form.portal-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#claim-outcome")).ToContainTextAsync("you now manage");

        await page.Locator(".portal-nav a[href^='/manage']").First.ClickAsync();
        await Assertions.Expect(page.Locator("#my-listings")).ToContainTextAsync("Beacon Hill");
        await AxeAssert.NoViolations(page);
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("portal-my-listings-phone.png"), FullPage = true });

        foreach (var path in new[] { "/manage/review", "/manage/audit" })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator(".portal-nav")).ToBeVisibleAsync();
            await AxeAssert.NoViolations(page);
        }
        await Assertions.Expect(page.Locator("#audit")).ToContainTextAsync("claimed (granted at once)");
    }

    [Fact]
    public async Task Staff_InSpanish_SignInWithTheCode_WithoutJavaScript()
    {
        await using var mail = new SmtpCapture();
        var (app, baseUrl) = await BrowserFixture.StartSite(IopFinder.Core.Tests.Support.Repo.Examples, "--Mail:Host=127.0.0.1", $"--Mail:Port={mail.Port}");
        await using var _ = app;
        var page = await fixture.NewPageAsync(390, 844, javaScript: false, baseUrl: baseUrl);

        await page.GotoAsync("/manage?lang=es");
        await page.FillAsync("#email", "alguien@clinica.example");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#sign-in-sent")).ToContainTextAsync("va en camino");
        var message = SignInMail.From(await mail.NextAsync());
        Assert.Contains("Su código", message.Message.Subject);
        await page.FillAsync("#code", message.Code);
        await page.Locator("main form button[type=submit]").First.ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Mis perfiles");
        await Assertions.Expect(page.Locator(".crisis")).ToContainTextAsync("988");
    }
}
