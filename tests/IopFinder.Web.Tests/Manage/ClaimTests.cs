using System.Net;
using AngleSharp.Html.Parser;
using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Tests.Manage;

/// <summary>"Manage this listing": from the program page to a claim, granted at once or queued for a maintainer.</summary>
public class ClaimTests
{
    [Fact]
    public async Task ProgramPage_LinksToManageThisListing_AndStillSetsNoCookie()
    {
        await using var site = new PortalSite();

        var response = await site.CreateClient().GetAsync("/programs/beacon-hill-example-iop?lang=es");

        Assert.False(response.Headers.Contains("Set-Cookie"));
        var link = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("#manage-listing")!;
        Assert.Equal("/manage/claim/beacon-hill-example-iop?lang=es", link.GetAttribute("href"));
        Assert.Equal("Administrar este perfil", link.TextContent);
    }

    [Fact]
    public async Task Claim_BeforeSignIn_SendsToSignInAndBackToTheClaim()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();

        var response = await client.Http.GetAsync("/manage/claim/beacon-hill-example-iop");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var signInPage = response.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/manage/sign-in?ReturnUrl=", signInPage);

        var form = await PortalClient.Html(await client.Http.GetAsync(signInPage));
        var returnUrl = form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value");
        Assert.Equal("/manage/claim/beacon-hill-example-iop", returnUrl);
    }

    [Theory]
    [InlineData("es", "Entre para administrar el perfil de su programa")]
    [InlineData("en", "Sign in to manage your program's listing")]
    public async Task Claim_BeforeSignIn_InALanguage_SendsToTheSignInPageInThatLanguage(string language, string heading)
    {
        await using var site = new PortalSite();
        var client = site.NewClient();

        var response = await client.Http.GetAsync($"/manage/claim/beacon-hill-example-iop?lang={language}");

        var signInPage = response.Headers.Location!.PathAndQuery;
        Assert.EndsWith($"&lang={language}", signInPage);
        var page = await PortalClient.Html(await client.Http.GetAsync(signInPage));
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Equal($"/manage/claim/beacon-hill-example-iop?lang={language}", page.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Claim_FromAnAddressOnTheListingsWebsite_IsGrantedAtOnceAndListedInMyListings()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        await client.SignInWithCodeAsync("director@example.org");

        var claimed = await client.ClaimAsync("beacon-hill-example-iop");

        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Contains("Done", (await PortalClient.Html(claimed)).QuerySelector("#claim-outcome")!.TextContent);
        var home = await PortalClient.Html(await client.Http.GetAsync("/manage"));
        Assert.Contains("Beacon Hill", home.QuerySelector("#my-listings")!.TextContent);
        Assert.Equal(GrantRoute.WebsiteDomain, site.Read(db => db.Grants.Single().Route));
        Assert.Equal(0, site.Read(db => db.ReviewItems.Count()));
    }

    [Fact]
    public async Task Claim_FromTheListingsOwnEmail_IsGrantedAtOnce()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        await client.SignInWithCodeAsync("intake@harborview.example.org");

        await client.ClaimAsync("harborview-example-iop");

        Assert.Equal(GrantRoute.ContactEmail, site.Read(db => db.Grants.Single(g => g.ListingId == "harborview-example-iop").Route));
    }

    [Fact]
    public async Task Claim_FromALookalikeDomain_WaitsForReviewAndShowsAsWaiting()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        await client.SignInWithCodeAsync("director@evil-example.org");

        var claimed = await client.ClaimAsync("beacon-hill-example-iop");

        Assert.Contains("waiting for review", (await PortalClient.Html(claimed)).QuerySelector("#claim-outcome")!.TextContent);
        Assert.Equal(0, site.Read(db => db.Grants.Count()));
        var home = await PortalClient.Html(await client.Http.GetAsync("/manage"));
        Assert.Contains("waiting for review", home.QuerySelector("#my-requests")!.TextContent);
        var again = await client.ClaimAsync("beacon-hill-example-iop");
        Assert.Contains("already waiting", (await PortalClient.Html(again)).QuerySelector("#claim-outcome")!.TextContent);
        Assert.Equal(1, site.Read(db => db.ReviewItems.Count()));
    }

    [Fact]
    public async Task Claim_OfAnUnknownListing_IsNotFound()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        await client.SignInWithCodeAsync("director@example.org");

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/manage/claim/no-such-program")).StatusCode);
    }

    [Fact]
    public async Task Claim_PostWithoutAntiforgeryToken_Is400AndGrantsNothing()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        await client.SignInWithCodeAsync("director@example.org");

        var forged = await client.Http.PostAsync("/manage/claim/beacon-hill-example-iop", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, site.Read(db => db.Grants.Count()));
    }

    [Fact]
    public async Task OnePerson_MayHoldSeveralListings_AndOneListingSeveralEditors()
    {
        await using var site = new PortalSite();
        var first = site.NewClient();
        var second = site.NewClient();
        await first.SignInWithCodeAsync("director@example.org");
        await second.SignInWithCodeAsync("nurse@example.org");

        await first.ClaimAsync("beacon-hill-example-iop");
        await first.ClaimAsync("capitol-example-iop");
        await second.ClaimAsync("beacon-hill-example-iop");

        Assert.Equal(2, site.Read(db => db.Grants.Count(g => g.Email == "director@example.org")));
        Assert.Equal(2, site.Read(db => db.Grants.Count(g => g.ListingId == "beacon-hill-example-iop")));
        var home = await PortalClient.Html(await first.Http.GetAsync("/manage"));
        Assert.Equal(2, home.QuerySelectorAll("#my-listings li").Length);
    }
}
