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
}
