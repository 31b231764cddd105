using System.Net;

namespace IopFinder.Web.Tests.Manage;

/// <summary>The history: maintainers see everything; an editor sees their listings' history and no one else's.</summary>
public class AuditTests
{
    [Fact]
    public async Task Audit_RecordsSignInClaimAndDecision_AndMaintainersSeeThemAll()
    {
        await using var site = new PortalSite();
        var editor = site.NewClient();
        await editor.SignInWithCodeAsync("director@example.org");
        await editor.ClaimAsync("beacon-hill-example-iop");
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);

        var page = await PortalClient.Html(await maintainer.Http.GetAsync("/manage/audit"));

        var rows = page.QuerySelectorAll("#audit tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("director@example.org") && r.Contains("claimed (granted at once)") && r.Contains("Beacon Hill"));
        Assert.Contains(rows, r => r.Contains("director@example.org") && r.Contains("signed in"));
        Assert.Contains(rows, r => r.Contains(PortalSite.Maintainer) && r.Contains("signed in"));
    }

    [Fact]
    public async Task Audit_AnEditorSeesTheirListingsHistory_ButNotAnotherListings()
    {
        await using var site = new PortalSite();
        var beacon = site.NewClient();
        await beacon.SignInWithCodeAsync("director@example.org");
        await beacon.ClaimAsync("beacon-hill-example-iop");
        var harbor = site.NewClient();
        await harbor.SignInWithCodeAsync("intake@harborview.example.org");
        await harbor.ClaimAsync("harborview-example-iop");

        var own = await PortalClient.Html(await beacon.Http.GetAsync("/manage/audit"));
        var other = await beacon.Http.GetAsync("/manage/audit?listing=harborview-example-iop");

        Assert.Contains("Beacon Hill", own.QuerySelector("#audit")!.TextContent);
        Assert.DoesNotContain("Harborview", own.QuerySelector("#audit")!.TextContent);
        Assert.DoesNotContain("intake@harborview.example.org", own.QuerySelector("#audit")!.TextContent);
        Assert.Equal("/manage/denied", other.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await beacon.Http.GetAsync("/manage/audit?listing=beacon-hill-example-iop")).StatusCode);
    }
}
