using IopFinder.Web.Tests.Manage;
using Microsoft.Playwright;

namespace IopFinder.Browser.Tests.Manage;

/// <summary>Program staff see a problem at the field while typing, before saving (the whole edit journey is <see cref="StaffJourneyTests"/>).</summary>
[Collection(BrowserCollection.Name)]
public class EditorJourneyTests(BrowserFixture fixture)
{
    /// <summary>A copy of the example catalog, the site on it with a real SMTP server, and a page signed in as Harborview's staff who have claimed it.</summary>
    private async Task<(IPage Page, IAsyncDisposable App, SmtpCapture Mail, string Content)> SignedInStaffAsync()
    {
        var content = Path.Combine(Path.GetTempPath(), "iopfinder-editor-journey-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(IopFinder.Core.Tests.Support.Repo.Examples, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath(IopFinder.Core.Tests.Support.Repo.Examples, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var mail = new SmtpCapture();
        var (app, baseUrl) = await BrowserFixture.StartSite(content, "--Mail:Host=127.0.0.1", $"--Mail:Port={mail.Port}",
            "--Catalog:ReloadDebounceMilliseconds=100");
        var page = await fixture.NewPageAsync(1280, 900, baseUrl: baseUrl);

        await page.GotoAsync("/manage/claim/harborview-example-iop");
        await page.FillAsync("#email", "intake@harborview.example.org");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#sign-in-sent")).ToBeVisibleAsync();
        await page.FillAsync("#code", SignInMail.From(await mail.NextAsync()).Code);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.Locator("main form.portal-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#claim-outcome")).ToBeVisibleAsync();
        return (page, app, mail, content);
    }

    [Fact]
    public async Task Staff_TypingABadPhone_SeeTheMessageAtTheFieldBeforeSaving_AndItGoesWhenFixed()
    {
        var (page, app, mail, content) = await SignedInStaffAsync();
        await using var _ = app;
        await using var __ = mail;
        await page.GotoAsync("/manage/listings/harborview-example-iop");

        await page.FillAsync("[name='contact.phone']", "12");
        await page.Locator("[name='contact.phone']").PressAsync("Tab");

        var error = page.Locator("#f-contact-phone-error");
        await Assertions.Expect(error).ToContainTextAsync("7 to 15 digits");
        var phone = page.Locator("[name='contact.phone']");
        await Assertions.Expect(phone).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(phone).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex("f-contact-phone-error"));
        await AxeAssert.NoViolations(page);

        await page.FillAsync("[name='contact.phone']", "617-555-0142");
        await phone.PressAsync("Tab");

        await Assertions.Expect(phone).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(error).ToHaveCountAsync(0);
        Directory.Delete(content, recursive: true);
    }
}
