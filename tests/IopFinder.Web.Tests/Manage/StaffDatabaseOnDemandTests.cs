using System.Net;

namespace IopFinder.Web.Tests.Manage;

/// <summary>
/// The staff database is opened and migrated on the first portal request, not at start; while it cannot be reached
/// the public site serves as usual and the portal says to try again shortly (503), never an error page.
/// </summary>
public class StaffDatabaseOnDemandTests(StaffDatabaseAwaySite away) : IClassFixture<StaffDatabaseAwaySite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?near=02139&radius=50")]
    [InlineData("/programs/harborview-example-iop")]
    [InlineData("/api/programs?near=02139")]
    public async Task PublicPages_WithStaffDatabaseDown_AreServed(string url)
    {
        var response = await away.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/status", "en", "Suggested corrections waiting for review: unknown just now")]
    [InlineData("/status", "es", "Correcciones sugeridas que esperan revisión: no se sabe en este momento")]
    [InlineData("/api/status", "en", "\"corrections_waiting\":null")]
    public async Task Status_WithStaffDatabaseDown_SaysTheQueueCannotBeCounted(string path, string language, string expected)
    {
        var response = await away.CreateClient().GetAsync($"{path}?lang={language}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CorrectionForm_WithStaffDatabaseDown_SaysNothingWasKeptTryAgain()
    {
        var response = await away.CreateClient().PostAsync("/corrections?id=harborview-example-iop",
            new FormUrlEncodedContent([new("suggestion", "The phone number is now 617-555-0100."), new("contact", "")]));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Contains("The suggestion could not be sent just now: nothing was kept. Please try again shortly.", html);
        // The form is still there, so the person can send it again.
        Assert.Contains("<textarea id=\"suggestion\"", html);
    }

    [Theory]
    [InlineData("/manage", "en", "Staff portal unavailable", "Please try again shortly")]
    [InlineData("/manage/sign-in", "en", "Staff portal unavailable", "Please try again shortly")]
    [InlineData("/manage/review", "en", "Staff portal unavailable", "Please try again shortly")]
    [InlineData("/manage", "es", "Portal del personal no disponible", "Vuelva a intentarlo en unos minutos")]
    public async Task PortalPages_WithStaffDatabaseDown_Answer503TryAgainShortly(string path, string language, string title, string help)
    {
        var response = await away.CreateClient().GetAsync($"{path}?lang={language}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Contains($"<h1>{title}</h1>", html);
        Assert.Contains(help, html);
        // The site's own layout (the crisis line first), and nothing of the failure itself.
        Assert.Contains("class=\"crisis\"", html);
        Assert.DoesNotContain("Npgsql", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain(away.ClosedPort.ToString(System.Globalization.CultureInfo.InvariantCulture), html);
    }

    [Fact]
    public async Task SignInPost_WithStaffDatabaseDown_Answers503NotAnError()
    {
        var response = await away.CreateClient().PostAsync("/manage/sign-in", new FormUrlEncodedContent([new("email", "someone@clinic.example")]));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Please try again shortly", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SqlitePortal_CreatesItsDatabaseOnTheFirstPortalRequestNotAtStart()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        var file = Path.Combine(site.StaffDataPath, "staff.db");

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/?near=02139")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/programs/harborview-example-iop")).StatusCode);
        Assert.False(File.Exists(file));

        // The sign-in form's token needs the data-protection keys, which live in the migrated database.
        var signIn = await client.Http.GetAsync("/manage/sign-in");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.True(File.Exists(file));
        await client.SignInWithCodeAsync(PortalSite.Maintainer);
        Assert.Equal(1, site.Read(db => db.Sessions.Count()));
    }

    [Fact]
    public async Task SqlitePortal_WhoseFileCannotBeOpened_SaysTryAgain_ThenMigratesOnTheNextRequest()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        var file = Path.Combine(site.StaffDataPath, "staff.db");
        // A folder where the database file should be: SQLite cannot open it, as with a volume not yet mounted.
        Directory.CreateDirectory(file);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.Http.GetAsync("/manage/sign-in")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/programs/harborview-example-iop")).StatusCode);

        Directory.Delete(file);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/manage/sign-in")).StatusCode);
        Assert.True(File.Exists(file));
    }
}
