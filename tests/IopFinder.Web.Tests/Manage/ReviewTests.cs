using System.Net;
using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Tests.Manage;

/// <summary>The maintainers' queue for claims: approve or decline with a reason, the submitter told by e-mail and in the portal.</summary>
public class ReviewTests
{
    private const string Listing = "twin-ports-example-iop";
    private const string Claimant = "coordinator@twinports.example";

    [Fact]
    public async Task Review_ApprovingAClaim_GrantsTheListingAndTellsTheSubmitter()
    {
        await using var site = new PortalSite();
        var (claimant, maintainer) = await QueuedClaim(site);
        var id = site.Read(db => db.ReviewItems.Single().Id);

        var approved = await maintainer.PostAsync("/manage/review", "/manage/review?handler=decide", ("id", $"{id}"), ("decision", "approve"), ("reason", ""));

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var mail = await site.Mail.NextAsync();
        Assert.Equal(Claimant, mail.To.Mailboxes.Single().Address);
        Assert.Contains("Approved", mail.Subject);
        var home = await PortalClient.Html(await claimant.Http.GetAsync("/manage"));
        Assert.Contains("Twin Ports", home.QuerySelector("#my-listings")!.TextContent);
        Assert.Contains("approved", home.QuerySelector("#my-requests")!.TextContent);
    }

    [Fact]
    public async Task Review_DecliningAClaim_SendsTheReasonInTheSubmittersLanguage()
    {
        await using var site = new PortalSite();
        var (claimant, maintainer) = await QueuedClaim(site, "es");
        var id = site.Read(db => db.ReviewItems.Single().Id);

        await maintainer.PostAsync("/manage/review", "/manage/review?handler=decide", ("id", $"{id}"), ("decision", "reject"), ("reason", "Please use your clinic address."));

        var mail = await site.Mail.NextAsync();
        Assert.Contains("No aprobado", mail.Subject);
        Assert.Contains("Please use your clinic address.", mail.TextBody);
        Assert.Equal(0, site.Read(db => db.Grants.Count()));
        var home = await PortalClient.Html(await claimant.Http.GetAsync("/manage"));
        Assert.Contains("Please use your clinic address.", home.QuerySelector("#my-requests")!.TextContent);
    }

    [Fact]
    public async Task Review_DecliningWithoutAReason_IsRefusedAndChangesNothing()
    {
        await using var site = new PortalSite();
        var (_, maintainer) = await QueuedClaim(site);
        var id = site.Read(db => db.ReviewItems.Single().Id);

        var response = await maintainer.PostAsync("/manage/review", "/manage/review?handler=decide", ("id", $"{id}"), ("decision", "reject"), ("reason", "  "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ReviewStatus.Pending, site.Read(db => db.ReviewItems.Single().Status));
    }

    [Fact]
    public async Task Review_ByAnEditorWhoIsNotAMaintainer_IsRefusedAndChangesNothing()
    {
        await using var site = new PortalSite();
        var (claimant, _) = await QueuedClaim(site);
        var id = site.Read(db => db.ReviewItems.Single().Id);
        var token = (await PortalClient.Html(await claimant.Http.GetAsync("/manage"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var page = await claimant.Http.GetAsync("/manage/review");
        var post = await claimant.Http.PostAsync("/manage/review?handler=decide",
            new FormUrlEncodedContent([new("id", $"{id}"), new("decision", "approve"), new("__RequestVerificationToken", token)]));

        Assert.Equal("/manage/denied", page.Headers.Location?.AbsolutePath);
        Assert.Equal("/manage/denied", post.Headers.Location?.AbsolutePath);
        Assert.Equal(ReviewStatus.Pending, site.Read(db => db.ReviewItems.Single().Status));
        Assert.Equal(0, site.Read(db => db.Grants.Count()));
    }

    [Fact]
    public async Task Review_ListsThePendingClaimWithTheListingsEvidence()
    {
        await using var site = new PortalSite();
        var (_, maintainer) = await QueuedClaim(site);

        var page = await PortalClient.Html(await maintainer.Http.GetAsync("/manage/review"));

        var item = Assert.Single(page.QuerySelectorAll(".review-item"));
        Assert.Contains(Claimant, item.TextContent);
        Assert.Contains("Twin Ports", item.TextContent);
    }

    [Fact]
    public async Task Invite_AddsTheAddressToTheListingAndTellsThem()
    {
        await using var site = new PortalSite();
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);

        var response = await maintainer.PostAsync("/manage/review", "/manage/review?handler=invite", ("listing", Listing), ("email", "New.Editor@TwinPorts.example"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("new.editor@twinports.example", (await site.Mail.NextAsync()).To.Mailboxes.Single().Address);
        Assert.Equal(GrantRoute.Invite, site.Read(db => db.Grants.Single(g => g.ListingId == Listing).Route));
    }

    [Theory]
    [InlineData("no-such-program", "someone@clinic.example")]
    [InlineData(Listing, "<script>alert(1)</script>")]
    public async Task Invite_WithAnUnknownListingOrABadAddress_SaysSoAndGrantsNothing(string listing, string email)
    {
        await using var site = new PortalSite();
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);

        var response = await maintainer.PostAsync("/manage/review", "/manage/review?handler=invite", ("listing", listing), ("email", email));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await PortalClient.Html(response)).QuerySelector("#review-message"));
        Assert.Equal(0, site.Read(db => db.Grants.Count()));
    }

    /// <summary>A claimant whose claim waits (the listing has neither website nor e-mail) and a signed-in maintainer.</summary>
    private static async Task<(PortalClient Claimant, PortalClient Maintainer)> QueuedClaim(PortalSite site, string language = "en")
    {
        var claimant = site.NewClient();
        await claimant.SignInWithCodeAsync(Claimant);
        await claimant.ClaimAsync(Listing, $"?lang={language}");
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);
        return (claimant, maintainer);
    }
}
