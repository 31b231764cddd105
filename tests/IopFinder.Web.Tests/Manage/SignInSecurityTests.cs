using System.Net;
using System.Text.RegularExpressions;
using IopFinder.Web.Manage.SignIn;

namespace IopFinder.Web.Tests.Manage;

/// <summary>ASVS L1 V2–V3 on sign-in: enumeration, request limits, forged posts, hostile input, session fixation, sign-out.</summary>
public partial class SignInSecurityTests
{
    [Fact]
    public async Task SignIn_KnownAndUnknownAddresses_GetTheSamePageAndAMessageEach()
    {
        await using var site = new PortalSite();
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);
        await maintainer.PostAsync("/manage/review", "/manage/review?handler=invite", ("listing", "harborview-example-iop"), ("email", "known@clinic.example"));
        await site.Mail.NextAsync();

        var known = await site.NewClient().PostAsync("/manage/sign-in", "/manage/sign-in", ("email", "known@clinic.example"));
        var unknown = await site.NewClient().PostAsync("/manage/sign-in", "/manage/sign-in", ("email", "nobody@clinic.example"));

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(Normalized(await known.Content.ReadAsStringAsync(), "known"), Normalized(await unknown.Content.ReadAsStringAsync(), "nobody"));
        Assert.Equal("known@clinic.example", (await site.Mail.NextAsync()).To.Mailboxes.Single().Address);
        Assert.Equal("nobody@clinic.example", (await site.Mail.NextAsync()).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task SignIn_TooManyRequestsForOneAddress_AreRefusedWithoutSending()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        for (var i = 0; i < SignInService.MaxPerAddress; i++) await client.RequestSignInAsync("staff@clinic.example");

        var refused = await client.PostAsync("/manage/sign-in", "/manage/sign-in", ("email", "staff@clinic.example"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull((await PortalClient.Html(refused)).QuerySelector("#sign-in-problem"));
        Assert.Equal(0, site.Mail.Waiting);
        site.Clock.Advance(SignInService.Lifetime);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/manage/sign-in", "/manage/sign-in", ("email", "staff@clinic.example"))).StatusCode);
    }

    [Fact]
    public async Task SignIn_TooManyRequestsFromOneClient_AreRefusedWhateverTheAddress()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        for (var i = 0; i < SignInService.MaxPerClient; i++) await client.RequestSignInAsync($"person{i}@clinic.example");

        var refused = await client.PostAsync("/manage/sign-in", "/manage/sign-in", ("email", "another@clinic.example"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(0, site.Mail.Waiting);
    }

    [Fact]
    public async Task SignIn_PostWithoutAntiforgeryToken_Is400AndSendsNothing()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        await client.Http.GetAsync("/manage/sign-in");

        var forged = await client.Http.PostAsync("/manage/sign-in", new FormUrlEncodedContent([new("email", "victim@clinic.example")]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, site.Read(db => db.SignInTokens.Count()));
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("<script>alert(1)</script>@clinic.example")]
    [InlineData("Someone <someone@clinic.example>")]
    [InlineData("a@b.example\r\nBcc: everyone@clinic.example")]
    [InlineData("")]
    public async Task SignIn_WithAnInvalidAddress_SaysSoAndSendsNothing(string email)
    {
        await using var site = new PortalSite();

        var response = await site.NewClient().PostAsync("/manage/sign-in", "/manage/sign-in", ("email", email));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalClient.Html(response);
        Assert.NotNull(page.QuerySelector("#sign-in-problem"));
        Assert.DoesNotContain("<script>alert", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, site.Read(db => db.SignInTokens.Count()));
    }

    [Fact]
    public async Task SignIn_WithA10000CharacterAddress_SaysSoWithoutAnError()
    {
        await using var site = new PortalSite();

        var response = await site.NewClient().PostAsync("/manage/sign-in", "/manage/sign-in", ("email", new string('a', 10_000) + "@clinic.example"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await PortalClient.Html(response)).QuerySelector("#sign-in-problem"));
    }

    [Fact]
    public async Task SignIn_GivesANewSessionCookie_AndSignOutEndsTheOldOneEverywhere()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        var first = SessionCookie(await client.SignInWithCodeAsync("staff@clinic.example"));
        var second = SessionCookie(await client.SignInWithCodeAsync("staff@clinic.example"));
        Assert.NotEqual(first, second);

        // The first session ended when the second began: a copy of its cookie opens nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await WithCookie(site, first).GetAsync("/manage/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(site, second).GetAsync("/manage/audit")).StatusCode);

        await client.PostAsync("/manage", "/manage/sign-out");

        Assert.Equal(HttpStatusCode.Redirect, (await WithCookie(site, second).GetAsync("/manage/audit")).StatusCode);
    }

    [Fact]
    public async Task SignIn_AfterEightHours_TheSessionHasEnded()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        await client.SignInWithCodeAsync("staff@clinic.example");

        site.Clock.Advance(StaffSessions.Lifetime + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/manage/audit")).StatusCode);
    }

    [Fact]
    public async Task SignIn_ReturnAddressOffTheSite_GoesToThePortalInstead()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        var mail = await client.RequestSignInAsync("staff@clinic.example");

        var response = await client.PostAsync("/manage/sign-in", "/manage/sign-in",
            ("email", "staff@clinic.example"), ("code", mail.Code), ("returnUrl", "//evil.example/manage"));

        Assert.Equal("/manage", response.Headers.Location?.OriginalString);
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("iopfinder-staff=", StringComparison.Ordinal)).Split(';')[0];

    private static HttpClient WithCookie(PortalSite site, string cookie)
    {
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>The page with the address, the antiforgery token and the time-stamped parts taken out.</summary>
    private static string Normalized(string html, string local) =>
        TokenValue().Replace(html.Replace(local + "@clinic.example", "ADDRESS", StringComparison.Ordinal), "TOKEN");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial Regex TokenValue();
}
