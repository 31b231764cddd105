using System.Net;
using IopFinder.Web.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IopFinder.Web.Tests.Manage;

/// <summary>Two replicas (two sites, one PostgreSQL database): sign-in works whichever replica the link and the next request land on.</summary>
[Collection(PostgresCollection.Name)]
public class PostgresReplicaTests(PostgresServer postgres)
{
    [Fact]
    public async Task SignInLink_RequestedOnOneReplica_SignsInOnTheOther_AndTheSessionWorksOnBoth()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var a = new PortalSite(database);
        await using var b = new PortalSite(database);
        var mail = await a.NewClient().RequestSignInAsync("staff@clinic.example");

        var onB = b.NewClient();
        var signedIn = await onB.OpenLinkAsync(mail);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("staff@clinic.example", (await PortalClient.Html(await onB.Http.GetAsync("/manage"))).QuerySelector(".portal-nav")!.TextContent);
        // The same browser's next request lands on replica A, with the cookies replica B set.
        var cookies = string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var onA = a.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/manage") { Headers = { { "Cookie", cookies } } };
        var home = await onA.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("staff@clinic.example", (await PortalClient.Html(home)).QuerySelector(".portal-nav")!.TextContent);
        // One key ring for both, kept in the database rather than on either replica's disk.
        Assert.Single(a.Read(db => db.DataProtectionKeys.ToList()));
    }

    [Fact]
    public async Task FirstPortalRequests_OnTwoReplicasAtOnce_LeaveOneSharedKey_SoEachReadsTheOthersForms()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var a = new PortalSite(database);
        await using var b = new PortalSite(database);

        // Both replicas' first portal pages at the same moment on an empty database.
        var pages = await Task.WhenAll(a.CreateClient().GetAsync("/manage/sign-in"), b.CreateClient().GetAsync("/manage/sign-in"));

        Assert.All(pages, page => Assert.Equal(HttpStatusCode.OK, page.StatusCode));
        Assert.Single(a.Read(db => db.DataProtectionKeys.ToList()));
        // A form rendered by A is accepted by B: its antiforgery token was protected with the one shared key.
        var raw = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        var formOnA = await a.CreateClient(raw).GetAsync("/manage/sign-in");
        var token = (await PortalClient.Html(formOnA)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var cookies = string.Join("; ", formOnA.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var onB = b.CreateClient(raw);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/manage/sign-in")
        {
            Headers = { { "Cookie", cookies } },
            Content = new FormUrlEncodedContent([new("email", "staff@clinic.example"), new("__RequestVerificationToken", token)]),
        };
        Assert.Equal(HttpStatusCode.OK, (await onB.SendAsync(post)).StatusCode);
    }
}
