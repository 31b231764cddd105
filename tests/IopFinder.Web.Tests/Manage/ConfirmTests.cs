using System.Net;
using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Tests.Manage;

/// <summary>"Everything on this listing is still right": only the listing's editors, only <c>confirmed</c> written, committed and audited.</summary>
public class ConfirmTests
{
    private const string Page = $"/manage/listings/{ConfirmSite.Id}/confirm";
    private const string Holder = "director@alpha.example";

    [Fact]
    public async Task Confirm_ByTheListingsEditor_WritesOnlyConfirmedCommitsAuditsAndThanks()
    {
        await using var site = new ConfirmSite();
        site.Grant(Holder);
        var client = site.NewClient();
        await client.SignInWithCodeAsync(Holder);
        var before = File.ReadAllLines(site.ListingPath);

        var form = await PortalClient.Html(await client.Http.GetAsync(Page));
        Assert.Equal("Everything on this listing is still right", form.QuerySelector("#confirm-button")!.TextContent);
        Assert.Contains("Alpha Program", form.QuerySelector("#listing-facts")!.TextContent);
        var response = await client.PostAsync(Page, Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/manage?confirmed=alpha", response.Headers.Location!.OriginalString);
        var after = File.ReadAllLines(site.ListingPath);
        Assert.Equal(["confirmed: {date: 2026-11-24, by: program}"], after.Except(before));
        Assert.Empty(before.Except(after));
        Assert.Equal("IopFinder portal|alpha: confirmed.date, confirmed.by\n", site.Git("log", "-1", "--format=%an|%s"));
        var audit = site.Read(db => db.AuditEntries.Single(e => e.Action == AuditAction.Confirm));
        Assert.Equal((Holder, "alpha", "confirmed", "2026-11-24 by program"), (audit.Actor, audit.ListingId, audit.Fields, audit.After));
        var home = await PortalClient.Html(await client.Http.GetAsync(response.Headers.Location.OriginalString));
        Assert.Equal("Alpha Program: confirmed on 2026-11-24 — thank you.", home.QuerySelector("#confirmed-notice")!.TextContent);
        Assert.Contains("Confirmed, current until 2027-02-22", home.QuerySelector("#my-listings")!.TextContent);
    }

    [Fact]
    public async Task Confirm_BySomeoneWhoDoesNotHoldTheListing_Is403AndWritesNothing()
    {
        await using var site = new ConfirmSite();
        site.Grant(Holder);
        var client = site.NewClient();
        await client.SignInWithCodeAsync("someone@elsewhere.example");
        var before = File.ReadAllText(site.ListingPath);

        var page = await client.Http.GetAsync(Page);
        var posted = await client.PostAsync("/manage", Page);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, posted.StatusCode));
        Assert.Equal(before, File.ReadAllText(site.ListingPath));
        Assert.Equal(0, site.Read(db => db.AuditEntries.Count(e => e.Action == AuditAction.Confirm)));
    }

    [Fact]
    public async Task Confirm_PostedWithoutAntiforgeryToken_Is400AndWritesNothing()
    {
        await using var site = new ConfirmSite();
        site.Grant(Holder);
        var client = site.NewClient();
        await client.SignInWithCodeAsync(Holder);
        var before = File.ReadAllText(site.ListingPath);

        var response = await client.Http.PostAsync(Page, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, File.ReadAllText(site.ListingPath));
    }

    [Theory]
    [InlineData(null, "Never confirmed")]
    [InlineData(10, "Confirmed, current until 2027-02-12")]
    [InlineData(100, "Last confirmed 2026-08-16 — lapsed, please confirm")]
    public async Task MyListings_ShowsEachListingsConfirmationStateAndAConfirmButton(int? confirmedDaysAgo, string state)
    {
        await using var site = new ConfirmSite(confirmedDaysAgo);
        site.Grant(Holder);
        var client = site.NewClient();
        await client.SignInWithCodeAsync(Holder);

        var home = await PortalClient.Html(await client.Http.GetAsync("/manage"));

        var item = home.QuerySelector("#my-listings li")!;
        Assert.Equal(state, item.QuerySelector(".confirmation-state")!.TextContent);
        Assert.Equal(Page, item.QuerySelector($"a[href='{Page}']")!.GetAttribute("href"));
    }
}
