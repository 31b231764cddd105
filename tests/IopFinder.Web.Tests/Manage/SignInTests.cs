using System.Net;
using IopFinder.Web.Manage.SignIn;

namespace IopFinder.Web.Tests.Manage;

/// <summary>Signing in by e-mail: the code, the link behind a button, the cookie, sign-out.</summary>
public class SignInTests
{
    [Fact]
    public async Task SignIn_WithTheCodeFromTheEmail_OpensMyListings()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();

        var signedIn = await client.SignInWithCodeAsync("Staff@Harborview.Example.org");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/manage", signedIn.Headers.Location?.OriginalString);
        var home = await PortalClient.Html(await client.Http.GetAsync("/manage"));
        Assert.Contains("staff@harborview.example.org", home.QuerySelector(".portal-nav")!.TextContent);
        Assert.NotNull(home.QuerySelector("#no-listings"));
    }

    [Fact]
    public async Task SignIn_SetsAnHttpOnlyStrictCookieOnlyUnderManage()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();

        var signedIn = await client.SignInWithCodeAsync("someone@clinic.example");

        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("iopfinder-staff=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("path=/manage", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
        var publicPage = await client.Http.GetAsync("/programs/harborview-example-iop");
        Assert.False(publicPage.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task SignInEmail_IsInTheReadersLanguage()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();

        await client.PostAsync("/manage/sign-in?lang=es", "/manage/sign-in?lang=es", ("email", "alguien@clinica.example"));
        var message = SignInMail.From(await site.Mail.NextAsync());

        Assert.Contains("Su código para entrar", message.Message.Subject);
        Assert.Contains("lang=es", message.Link);
    }

    [Fact]
    public async Task SignInLink_OpensAButtonPage_AndOnlyPressingItSignsIn()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        var mail = await client.RequestSignInAsync("staff@clinic.example");

        // A mail scanner fetching the link twice uses nothing up.
        Assert.Equal(HttpStatusCode.OK, (await site.NewClient().Http.GetAsync(mail.Link)).StatusCode);
        var page = await PortalClient.Html(await client.Http.GetAsync(mail.Link));
        var token = page.QuerySelector("form input[name=token]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/manage/audit")).StatusCode);

        var pressed = await client.PostAsync(mail.Link, "/manage/sign-in/confirm", ("token", token));

        Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/manage/audit")).StatusCode);
    }

    [Fact]
    public async Task SignInLink_UsedOnce_IsRefusedTheSecondTime()
    {
        await using var site = new PortalSite();
        var first = site.NewClient();
        var mail = await first.RequestSignInAsync("staff@clinic.example");
        var token = (await PortalClient.Html(await first.Http.GetAsync(mail.Link))).QuerySelector("form input[name=token]")!.GetAttribute("value")!;
        await first.PostAsync(mail.Link, "/manage/sign-in/confirm", ("token", token));

        var replay = site.NewClient();
        var again = await replay.PostAsync("/manage/sign-in", "/manage/sign-in/confirm", ("token", token));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.NotNull((await PortalClient.Html(again)).QuerySelector("#link-problem"));
        Assert.Equal(HttpStatusCode.Redirect, (await replay.Http.GetAsync("/manage/audit")).StatusCode);
    }

    [Fact]
    public async Task SignInLinkAndCode_After15Minutes_AreRefused()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        var mail = await client.RequestSignInAsync("staff@clinic.example");

        site.Clock.Advance(SignInService.Lifetime + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.GetAsync(mail.Link)).StatusCode);
        var code = await client.EnterCodeAsync("staff@clinic.example", mail.Code);
        Assert.Equal(HttpStatusCode.BadRequest, code.StatusCode);
        Assert.NotNull((await PortalClient.Html(code)).QuerySelector("#sign-in-problem"));
    }

    [Fact]
    public async Task SignInCode_UsedOnce_DoesNotSignInAgain()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        var mail = await client.RequestSignInAsync("staff@clinic.example");
        Assert.Equal(HttpStatusCode.Redirect, (await client.EnterCodeAsync("staff@clinic.example", mail.Code)).StatusCode);

        var other = site.NewClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await other.EnterCodeAsync("staff@clinic.example", mail.Code)).StatusCode);
    }

    [Fact]
    public async Task SignInCode_AfterFiveWrongGuesses_NoLongerWorksEvenWhenRight()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        var mail = await client.RequestSignInAsync("staff@clinic.example");
        var wrong = mail.Code == "000000" ? "111111" : "000000";

        for (var i = 0; i < SignInService.MaxWrongCodes; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.EnterCodeAsync("staff@clinic.example", wrong)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await client.EnterCodeAsync("staff@clinic.example", mail.Code)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.GetAsync(mail.Link)).StatusCode);
    }

    [Fact]
    public async Task SignIn_KeepsOnlyHashesOfTheLinkAndCode()
    {
        await using var site = new PortalSite();
        var mail = await site.NewClient().RequestSignInAsync("staff@clinic.example");
        var token = mail.Link.Split("token=")[1].Split('&')[0];

        var stored = site.Read(db => db.SignInTokens.Single());

        Assert.DoesNotContain(token, stored.LinkHash + stored.CodeHash + stored.CodeSalt);
        Assert.NotEqual(mail.Code, stored.CodeHash);
        Assert.Equal(64, stored.CodeHash.Length);
    }
}
