using System.Net;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Tests.Manage;
using IopFinder.Web.Tests.Manage.Editing;
using IopFinder.Web.Tests.Shared;
using IopFinder.Web.Tests.Shared.Localization;

namespace IopFinder.Web.Tests.Faults;

/// <summary>A full disk under a new program or a maintainer's approval: the listing editor's words, nothing stored, no error page.</summary>
public class FullDiskPortalTests
{
    private const string NewId = "harbor-light-iop";

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Approve_OnAFullDisk_SaysTheDiskIsFull_WritesNothing_AndKeepsTheItemPending(string language)
    {
        using var disk = new SmallDisk();
        await using var site = new ReviewContentSite(Path.Combine(disk.Path, "content"));
        var id = await site.SubmitAsync(ReviewKind.NewProgram, NewId, "intake@harbor-light.example", LiveContentFactory.Listing("Harbor Light IOP"));
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);
        var commits = site.Git("rev-list", "--count", "HEAD");
        disk.Fill();

        var response = await maintainer.PostAsync("/manage/review", $"/manage/review?handler=decide&lang={language}", ("id", $"{id}"), ("decision", "approve"), ("reason", ""));

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        var words = ResourceFile.Read(language == "en" ? "" : language);
        Assert.Equal(words["Manage.DiskFull"], (await PortalClient.Html(response)).QuerySelector("#review-message")!.TextContent);
        Assert.False(File.Exists(site.FileOf(NewId)));
        Assert.Equal([".filler", "content"], Directory.GetFileSystemEntries(disk.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Dir, "programs"), ".*"));
        Assert.Equal(commits, site.Git("rev-list", "--count", "HEAD"));
        Assert.Equal(ReviewStatus.Pending, site.Read(db => db.ReviewItems.Single().Status));
        // Space again: the same approval goes through.
        disk.Free();
        var again = await maintainer.PostAsync("/manage/review", "/manage/review?handler=decide", ("id", $"{id}"), ("decision", "approve"), ("reason", ""));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Harbor Light IOP", File.ReadAllText(site.FileOf(NewId)));
    }
}
