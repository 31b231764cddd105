using System.Net;
using IopFinder.Core.Editing;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Review;

namespace IopFinder.Web.Tests.Manage;

/// <summary>Changes to identity and credentials wait in the queue as a field-by-field diff; approving writes and commits them, declining tells the editor why.</summary>
public class ChangeReviewTests
{
    private const string Editor = "editor@alpha.example";

    private static IReadOnlyList<FieldChange> RenameAndAddDayProgram(ReviewContentSite site) => site.ChangeOf(l =>
        l with { Name = "Alpha Renamed", Terms = l.Terms.With("levels_of_care", ["iop", "php"]) });

    [Fact]
    public async Task Review_QueuedChange_ShowsEachFieldBeforeAndAfterInWords()
    {
        await using var site = new ReviewContentSite();
        await site.SubmitAsync(ReviewKind.Change, ReviewContentSite.Id, Editor, ChangePayload.Write(RenameAndAddDayProgram(site)));
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);

        var page = await PortalClient.Html(await maintainer.Http.GetAsync("/manage/review"));

        var name = page.QuerySelector(".review-field[data-key=name]")!;
        Assert.Contains("Program name", name.TextContent);
        Assert.Equal("Alpha Program", name.QuerySelector(".review-before")!.TextContent.Trim());
        Assert.Equal("Alpha Renamed", name.QuerySelector(".review-after")!.TextContent.Trim());
        var levels = page.QuerySelector(".review-field[data-key=levels_of_care]")!;
        Assert.Equal("Intensive outpatient (IOP)", levels.QuerySelector(".review-before")!.TextContent.Trim());
        Assert.Equal("Intensive outpatient (IOP), Partial hospitalization (PHP)", levels.QuerySelector(".review-after")!.TextContent.Trim());
    }

    [Fact]
    public async Task Review_ApprovingAChange_WritesTheFileCommitsAsThePortalAndAudits()
    {
        await using var site = new ReviewContentSite();
        var id = await site.SubmitAsync(ReviewKind.Change, ReviewContentSite.Id, Editor, ChangePayload.Write(RenameAndAddDayProgram(site)));
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);

        var response = await maintainer.PostAsync("/manage/review", "/manage/review?handler=decide", ("id", $"{id}"), ("decision", "approve"), ("reason", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = File.ReadAllText(site.FileOf(ReviewContentSite.Id));
        Assert.Contains("Alpha Renamed", file);
        Assert.Contains("php", file);
        Assert.Equal("IopFinder portal|alpha: name, levels_of_care", site.Git("log", "-1", "--format=%an|%s").Trim());
        Assert.DoesNotContain(Editor, site.Git("log", "--format=%an %ae %s %b"));
        Assert.Equal(ReviewStatus.Approved, site.Read(db => db.ReviewItems.Single().Status));
        var audit = site.Read(db => db.AuditEntries.Single(a => a.Action == AuditAction.ReviewApproved));
        Assert.Contains("name", audit.Fields);
        Assert.Contains("Alpha Program", audit.Before);
        Assert.Contains("Alpha Renamed", audit.After);
        Assert.Contains("Approved", (await site.Mail.NextAsync()).Subject);
    }

    [Fact]
    public async Task Review_ChangeWhoseFieldMovedOnSinceItWasSent_IsRefusedAndStaysPending()
    {
        await using var site = new ReviewContentSite();
        var id = await site.SubmitAsync(ReviewKind.Change, ReviewContentSite.Id, Editor, ChangePayload.Write(RenameAndAddDayProgram(site)));
        File.WriteAllText(site.FileOf(ReviewContentSite.Id), Shared.LiveContentFactory.Listing("Alpha Elsewhere"));
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);

        var response = await maintainer.PostAsync("/manage/review", "/manage/review?handler=decide", ("id", $"{id}"), ("decision", "approve"), ("reason", ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no longer fits", (await PortalClient.Html(response)).QuerySelector("#review-message")!.TextContent);
        Assert.Contains("name: Alpha Elsewhere", File.ReadAllText(site.FileOf(ReviewContentSite.Id)));
        Assert.Equal(ReviewStatus.Pending, site.Read(db => db.ReviewItems.Single().Status));
        Assert.Equal(0, site.Mail.Waiting);
    }

    [Fact]
    public async Task Review_DecliningAChange_LeavesTheFileAndTellsTheEditorWhy()
    {
        await using var site = new ReviewContentSite();
        var before = File.ReadAllText(site.FileOf(ReviewContentSite.Id));
        var id = await site.SubmitAsync(ReviewKind.Change, ReviewContentSite.Id, Editor, ChangePayload.Write(RenameAndAddDayProgram(site)));
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);

        await maintainer.PostAsync("/manage/review", "/manage/review?handler=decide", ("id", $"{id}"), ("decision", "reject"), ("reason", "The new name is not on your website yet."));

        var mail = await site.Mail.NextAsync();
        Assert.Equal(Editor, mail.To.Mailboxes.Single().Address);
        Assert.Contains("The new name is not on your website yet.", mail.TextBody);
        Assert.Equal(before, File.ReadAllText(site.FileOf(ReviewContentSite.Id)));
        Assert.Equal("start", site.Git("log", "-1", "--format=%s").Trim());
    }
}
