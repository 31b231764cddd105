using System.Globalization;
using IopFinder.Web.Tests.Manage;
using IopFinder.Web.Tests.Shared.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IopFinder.Browser.Tests.Manage;

/// <summary>
/// Program staff on a phone, start to finish: from their program's page to a claim on their website's domain,
/// signing in from the e-mail, a new phone and schedule that families see, and the confirmation badge on the
/// program page and its search card; in English and in Spanish.
/// </summary>
[Collection(PortalAndAxeCollection.Name)]
public class StaffJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("en", "beacon-hill-example-iop", "02108", "Manage this listing", "Sign in to IopFinder", "you now manage", "Live now: Schedule, Contact",
        "12 hours per week", "8–11 am", "Confirmed by the program on")]
    [InlineData("es", "garden-state-example-iop", "07102", "Administrar este perfil", "Entrar en IopFinder", "ahora usted administra", "Publicado ahora: Horario, Contacto",
        "18 horas por semana", "8–11 a. m.", "Confirmado por el programa el")]
    public async Task Staff_OnAPhone_ClaimSignInEditAndConfirm_AndFamiliesSeeTheChangeAndTheBadge(string language, string id, string zip,
        string manageLink, string signInButton, string granted, string liveNow, string hoursPerWeek, string newTimes, string confirmedBy)
    {
        await using var site = await PortalSite.StartAsync();
        var page = await fixture.NewPageAsync(390, 844, baseUrl: site.BaseUrl);
        var lang = language == "en" ? "" : $"?lang={language}";
        var programPage = $"/programs/{id}{lang}";

        await page.GotoAsync(programPage);
        await page.GetByRole(AriaRole.Link, new() { Name = manageLink, Exact = true }).ClickAsync();
        // An address on the listing's website domain (example.org): the claim is granted at once.
        await Assertions.Expect(page.Locator("#email")).ToBeVisibleAsync();
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await page.FillAsync("#email", "frontdesk@example.org");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#sign-in-sent")).ToContainTextAsync("frontdesk@example.org");

        var message = SignInMail.From(await site.Mail.NextAsync());
        await page.GotoAsync(message.Link);
        await page.GetByRole(AriaRole.Button, new() { Name = signInButton }).ClickAsync();
        await page.Locator("main form.portal-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#claim-outcome")).ToContainTextAsync(granted);

        await page.Locator(".portal-nav a[href^='/manage']").First.ClickAsync();
        await page.Locator($"#my-listings a.edit-listing[href^='/manage/listings/{id}']").ClickAsync();
        await page.FillAsync("[name='contact.phone']", "617-555-0199");
        await page.CheckAsync("#f-schedule-0-days-sat");
        await page.FillAsync("[name='schedule[0].start']", "08:00");
        await page.FillAsync("[name='schedule[0].end']", "11:00");
        await page.Locator("#save-button").ClickAsync();
        // Only what staff changed is live, and nothing waits for review: unchanged term lists do not count as changes.
        await Assertions.Expect(page.Locator("#live-now")).ToHaveTextAsync(liveNow);
        await Assertions.Expect(page.Locator("#waiting")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#f-schedule-0-hours")).ToHaveTextAsync(hoursPerWeek);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath($"portal-editor-saved-phone-{language}.png") });

        await LiveReload.UntilPageSaysAsync(page, programPage, "617-555-0199");
        await page.GotoAsync(programPage);
        await Assertions.Expect(page.Locator(".contact-list")).ToContainTextAsync("617-555-0199");
        var firstTrack = page.Locator(".schedule-table tbody tr").First;
        // Columns: track, Monday … Sunday, hours; Saturday is the sixth day.
        await Assertions.Expect(firstTrack.Locator("td").Nth(5)).ToHaveTextAsync(newTimes);
        await Assertions.Expect(firstTrack.Locator("td").Nth(0)).ToHaveTextAsync(newTimes);

        await page.GotoAsync($"/manage{lang}");
        await page.Locator($"#my-listings a[href^='/manage/listings/{id}/confirm']").ClickAsync();
        await Assertions.Expect(page.Locator("#listing-facts")).ToContainTextAsync("617-555-0199");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath($"portal-confirm-phone-{language}.png"), FullPage = true });
        await page.Locator("#confirm-button").ClickAsync();
        await Assertions.Expect(page.Locator("#confirmed-notice")).ToBeVisibleAsync();

        var badge = $"{confirmedBy} {Today(site, language)}";
        await LiveReload.UntilPageSaysAsync(page, programPage, badge);
        await page.GotoAsync(programPage);
        await Assertions.Expect(page.Locator(".program .confirmation")).ToHaveTextAsync(badge);
        await page.GotoAsync($"/?near={zip}" + (lang.Length > 0 ? "&" + lang[1..] : ""));
        await Assertions.Expect(page.Locator($"#result-{id} .confirmation")).ToHaveTextAsync(badge);
        await Assertions.Expect(page.Locator($"#result-{id} .phone")).ToHaveTextAsync("617-555-0199");
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
    }

    /// <summary>The site's today, written as its pages write dates in <paramref name="language"/>.</summary>
    private static string Today(PortalSite site, string language)
    {
        var today = DateOnly.FromDateTime(site.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var format = ResourceFile.Read(language == "en" ? "" : language)["Format.Date"];
        return today.ToString(format, CultureInfo.GetCultureInfo(language));
    }
}
