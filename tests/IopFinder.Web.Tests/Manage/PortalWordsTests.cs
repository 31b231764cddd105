using IopFinder.Web.Tests.Shared.Localization;
using Microsoft.AspNetCore.Hosting;

namespace IopFinder.Web.Tests.Manage;

/// <summary>Every portal page, state and message, in both languages, asks only for words that have a resource.</summary>
public class PortalWordsTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task EveryPortalPageAndMessage_AsksOnlyForWordsThatHaveAResource(string language)
    {
        await using var site = new RecordingPortalSite();
        var q = $"?lang={language}";
        var visitor = site.NewClient();
        foreach (var url in new[] { "/manage", "/manage/sign-in", "/manage/sign-in/confirm?token=nope&lang=" + language })
        {
            await visitor.Http.GetAsync(url + (url.Contains('?') ? "" : q));
        }
        await visitor.PostAsync("/manage/sign-in" + q, "/manage/sign-in" + q, ("email", "bad"));

        var claimant = site.NewClient();
        await claimant.PostAsync("/manage/sign-in" + q, "/manage/sign-in" + q, ("email", "someone@clinic.example"));
        await claimant.EnterCodeAsync("someone@clinic.example", "000000");
        await claimant.EnterCodeAsync("someone@clinic.example", SignInMail.From(await site.Mail.NextAsync()).Code);
        await claimant.ClaimAsync("twin-ports-example-iop", q);
        await claimant.ClaimAsync("twin-ports-example-iop", q);
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);
        await maintainer.Http.GetAsync("/manage/review" + q);
        var id = site.Read(db => db.ReviewItems.Single().Id);
        await maintainer.PostAsync("/manage/review" + q, "/manage/review?handler=decide&lang=" + language, ("id", $"{id}"), ("decision", "reject"), ("reason", ""));
        await maintainer.PostAsync("/manage/review" + q, "/manage/review?handler=decide&lang=" + language, ("id", $"{id}"), ("decision", "reject"), ("reason", "No."));
        await maintainer.PostAsync("/manage/review" + q, "/manage/review?handler=invite&lang=" + language, ("listing", "beacon-hill-example-iop"), ("email", "x@example.org"));
        foreach (var url in new[] { "/manage", "/manage/audit", "/manage/claim/twin-ports-example-iop", "/manage/claim/beacon-hill-example-iop" })
        {
            await claimant.Http.GetAsync(url + q);
            await maintainer.Http.GetAsync(url + q);
        }
        await claimant.Http.GetAsync("/manage/denied" + q);

        Assert.NotNull(site.Localizers);
        Assert.Empty(site.Localizers.Missing.Keys.Order(StringComparer.Ordinal));
    }

    private sealed class RecordingPortalSite : PortalSite
    {
        public RecordingLocalizerFactory? Localizers { get; private set; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            RecordingSiteFactory.Record(builder, made => Localizers = made);
        }
    }
}
