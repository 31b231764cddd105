using System.Net;
using IopFinder.Web.Manage.Claims;
using IopFinder.Web.Manage.Data;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Manage;

/// <summary>The public's "Suggest a correction" reaches the maintainers' queue and the listing's own editors, and nobody else.</summary>
public class CorrectionReviewTests
{
    private const string Listing = "twin-ports-example-iop";
    private const string OtherListing = "harborview-example-iop";
    private const string Suggestion = "The phone number is now 218-555-0199.";

    private static async Task Suggest(PortalSite site)
    {
        var response = await site.CreateClient().PostAsync($"/corrections?id={Listing}",
            new FormUrlEncodedContent([new("suggestion", Suggestion), new("contact", "")]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    private static async Task<PortalClient> EditorOf(PortalSite site, string listing, string email)
    {
        using (var scope = site.StaffScope())
        {
            await scope.ServiceProvider.GetRequiredService<EditorGrants>().GrantAsync(listing, email, GrantRoute.Invite);
        }
        var client = site.NewClient();
        await client.SignInWithCodeAsync(email);
        return client;
    }

    [Fact]
    public async Task Correction_FromThePublic_WaitsInTheMaintainersQueue()
    {
        await using var site = new PortalSite();
        await Suggest(site);
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);

        var item = Assert.Single((await PortalClient.Html(await maintainer.Http.GetAsync("/manage/review"))).QuerySelectorAll(".review-item"));

        Assert.Contains(Suggestion, item.QuerySelector(".correction-text")!.TextContent);
        Assert.Contains("Twin Ports", item.TextContent);
        Assert.Equal(ReviewItem.PublicSubmitter, site.Read(db => db.ReviewItems.Single().Submitter));
    }

    [Fact]
    public async Task Correction_IsShownToTheListingsEditor_NotToAnotherListingsEditor()
    {
        await using var site = new PortalSite();
        await Suggest(site);
        var editor = await EditorOf(site, Listing, "coordinator@twinports.example");
        var other = await EditorOf(site, OtherListing, "coordinator@harborview.example");

        var mine = await PortalClient.Html(await editor.Http.GetAsync("/manage"));
        var theirs = await PortalClient.Html(await other.Http.GetAsync("/manage"));

        Assert.Contains(Suggestion, mine.QuerySelector("#public-corrections")!.TextContent);
        Assert.Null(theirs.QuerySelector("#public-corrections"));
        Assert.DoesNotContain(Suggestion, theirs.Body!.TextContent);
    }

    [Theory]
    [InlineData("approve", "Phone updated.", ReviewStatus.Approved)]
    [InlineData("approve", "", ReviewStatus.Approved)]
    [InlineData("reject", "Spam.", ReviewStatus.Rejected)]
    public async Task Correction_DecidedByAMaintainer_LeavesTheEditorsListAndSendsNoMail(string decision, string note, ReviewStatus status)
    {
        await using var site = new PortalSite();
        await Suggest(site);
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);
        var id = site.Read(db => db.ReviewItems.Single().Id);

        var response = await maintainer.PostAsync("/manage/review", "/manage/review?handler=decide", ("id", $"{id}"), ("decision", decision), ("reason", note));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nobody was e-mailed", (await PortalClient.Html(response)).QuerySelector("#review-message")!.TextContent);
        Assert.Equal(status, site.Read(db => db.ReviewItems.Single().Status));
        var editor = await EditorOf(site, Listing, "coordinator@twinports.example");
        Assert.Null((await PortalClient.Html(await editor.Http.GetAsync("/manage"))).QuerySelector("#public-corrections"));
        Assert.Equal(0, site.Mail.Waiting);
    }
}
