using System.Net;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Manage;

/// <summary>A new program waits for a maintainer; approved, it becomes its file (never over another) and its submitter its editor.</summary>
public class NewProgramReviewTests
{
    private const string Submitter = "intake@harbor-light.example";
    private const string NewId = "harbor-light-iop";

    [Fact]
    public async Task Review_NewProgram_ShowsTheProposedListingAndItsFile()
    {
        await using var site = new ReviewContentSite();
        await site.SubmitAsync(ReviewKind.NewProgram, NewId, Submitter, LiveContentFactory.Listing("Harbor Light IOP"));
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);

        var item = (await PortalClient.Html(await maintainer.Http.GetAsync("/manage/review"))).QuerySelector(".review-item")!;

        Assert.Contains("Harbor Light IOP", item.QuerySelector(".review-facts")!.TextContent);
        Assert.Contains("Intensive outpatient (IOP)", item.QuerySelector(".review-facts")!.TextContent);
        Assert.Contains("name: Harbor Light IOP", item.QuerySelector("pre.review-file")!.TextContent);
        Assert.Contains($"content/programs/{NewId}.md", item.TextContent);
    }

    [Fact]
    public async Task Review_ApprovingANewProgram_WritesItsFileServesItAndLetsTheSubmitterEditIt()
    {
        await using var site = new ReviewContentSite();
        var id = await site.SubmitAsync(ReviewKind.NewProgram, NewId, Submitter, LiveContentFactory.Listing("Harbor Light IOP"));
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);

        var response = await maintainer.PostAsync("/manage/review", "/manage/review?handler=decide", ("id", $"{id}"), ("decision", "approve"), ("reason", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Harbor Light IOP", File.ReadAllText(site.FileOf(NewId)));
        Assert.StartsWith($"IopFinder portal|{NewId}: name, ", site.Git("log", "-1", "--format=%an|%s").Trim());
        var visitor = site.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await visitor.GetAsync($"/programs/{NewId}")).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Contains("Harbor Light IOP", await visitor.GetStringAsync($"/programs/{NewId}"));
        using var scope = site.StaffScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<Web.Manage.Claims.IListingAccess>().CanEditAsync(Submitter, NewId));
    }

    [Fact]
    public async Task Review_ApprovingANewProgramWhoseIdNowExists_IsRefusedAndLeavesTheFile()
    {
        await using var site = new ReviewContentSite();
        var id = await site.SubmitAsync(ReviewKind.NewProgram, ReviewContentSite.Id, Submitter, LiveContentFactory.Listing("Another Alpha"));
        var before = File.ReadAllText(site.FileOf(ReviewContentSite.Id));
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);

        var response = await maintainer.PostAsync("/manage/review", "/manage/review?handler=decide", ("id", $"{id}"), ("decision", "approve"), ("reason", ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already exists", (await PortalClient.Html(response)).QuerySelector("#review-message")!.TextContent);
        Assert.Equal(before, File.ReadAllText(site.FileOf(ReviewContentSite.Id)));
        Assert.Equal(ReviewStatus.Pending, site.Read(db => db.ReviewItems.Single().Status));
        Assert.Equal(0, site.Read(db => db.Grants.Count()));
    }
}
