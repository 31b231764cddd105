using System.Net;
using IopFinder.Web.Tests.Manage;

namespace IopFinder.Web.Tests.Shared;

/// <summary>PostgreSQL stopped while the site serves: the public catalog does not need it; the portal works again once it is back.</summary>
[Collection(PostgresCollection.Name)]
public class PostgresDownTests(PostgresServer postgres)
{
    [Fact]
    public async Task PostgresStopped_SearchAndProgramPagesServe_ThePortalSaysTryAgainShortly_AndSignsInAgainOnceItIsBack()
    {
        await using var site = new PortalSite(await postgres.CreateDatabaseAsync());
        // Someone signed in before: the pool holds connections the stop will break.
        var staff = site.NewClient();
        await staff.SignInWithCodeAsync("staff@clinic.example");
        var visitor = site.CreateClient();

        await postgres.StopAsync();
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/?near=02139&radius=50")).StatusCode);
            var program = await visitor.GetAsync("/programs/harborview-example-iop");
            Assert.Equal(HttpStatusCode.OK, program.StatusCode);
            Assert.Contains("Harborview", await program.Content.ReadAsStringAsync());
            var portal = await staff.Http.GetAsync("/manage");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, portal.StatusCode);
            var page = await portal.Content.ReadAsStringAsync();
            Assert.Contains("try again shortly", page);
            Assert.DoesNotContain("Npgsql", page);
        }
        finally
        {
            await postgres.StartAsync();
        }

        var signedIn = await site.NewClient().SignInWithCodeAsync("staff@clinic.example");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/manage", signedIn.Headers.Location?.OriginalString);
    }
}
