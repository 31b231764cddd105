namespace IopFinder.Web.Tests.Manage;

/// <summary>The footer's privacy sentence: public pages set no cookie and say so; portal pages set one and say what it is for.</summary>
public class PortalPrivacyNoteTests
{
    [Theory]
    [InlineData("/manage", "en", "only under /manage, to keep you signed in")]
    [InlineData("/manage/sign-in", "en", "only under /manage, to keep you signed in")]
    [InlineData("/manage", "es", "solo en /manage, para mantener su sesión iniciada")]
    [InlineData("/", "en", "No cookies, no trackers")]
    [InlineData("/", "es", "Sin cookies ni rastreadores")]
    public async Task Footer_SaysWhatCookieThePageSets(string path, string language, string expected)
    {
        await using var site = new PortalSite();
        var client = site.NewClient();

        var response = await client.Http.GetAsync($"{path}?lang={language}");

        var note = (await PortalClient.Html(response)).QuerySelector("#privacy-note")!.TextContent;
        Assert.Contains(expected, note);
    }
}
