using System.Net;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Review;
using IopFinder.Web.Tests.Manage.Editing;
using IopFinder.Web.Tests.Shared;

namespace IopFinder.Web.Tests.Manage;

/// <summary>"Edit before approving": a maintainer corrects a pending proposal in the editor and approves the corrected version; the audit keeps both.</summary>
public class ReviewEditTests
{
    private const string Submitter = "intake@harbor-light.example";

    private static async Task<EditorClient> MaintainerAsync(ReviewContentSite site)
    {
        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);
        return new EditorClient(maintainer);
    }

    [Fact]
    public async Task EditBeforeApproving_NewProgram_OpensPrefilledAndWritesTheEditedListing()
    {
        await using var site = new ReviewContentSite();
        var id = await site.SubmitAsync(ReviewKind.NewProgram, "harbor-light-iop", Submitter, LiveContentFactory.Listing("Harbor Light IOP"));
        var maintainer = await MaintainerAsync(site);
        var url = (await maintainer.OpenAsync("/manage/review")).QuerySelector($"#edit-{id}")!.GetAttribute("href")!;
        Assert.Equal("Harbor Light IOP", (await maintainer.OpenAsync(url)).QuerySelector("input[name=name]")!.GetAttribute("value"));

        var response = await maintainer.SubmitAsync(url, f => EditorClient.Set(f, "name", "Harbor Light Adult IOP"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await PortalClient.Html(response)).QuerySelector("#review-message"));
        Assert.Contains("Harbor Light Adult IOP", File.ReadAllText(site.FileOf("harbor-light-iop")));
        Assert.Equal(ReviewStatus.Approved, site.Read(db => db.ReviewItems.Single().Status));
        var edited = site.Read(db => db.AuditEntries.Single(a => a.Action == AuditAction.ReviewEdited));
        Assert.Contains("name: Harbor Light IOP", edited.Before);
        Assert.Contains("Harbor Light Adult IOP", edited.After);
        Assert.Equal(PortalSite.Maintainer, edited.Actor);
        Assert.Equal(1, site.Read(db => db.AuditEntries.Count(a => a.Action == AuditAction.ReviewApproved)));
    }

    [Fact]
    public async Task EditBeforeApproving_Change_ApprovesTheMaintainersValueAndKeepsTheSubmittedOneInTheAudit()
    {
        await using var site = new ReviewContentSite();
        var change = site.ChangeOf(l => l with { Name = "Alpha Renamed", Terms = l.Terms.With("levels_of_care", ["iop", "php"]) });
        var id = await site.SubmitAsync(ReviewKind.Change, ReviewContentSite.Id, "editor@alpha.example", ChangePayload.Write(change));
        var maintainer = await MaintainerAsync(site);
        var url = $"/manage/review/{id}/edit";
        var form = await maintainer.OpenAsync(url);
        Assert.Equal("Alpha Renamed", form.QuerySelector("input[name=name]")!.GetAttribute("value"));
        Assert.Equal("Approve with these values", form.QuerySelector("#save-button")!.TextContent);

        var response = await maintainer.SubmitAsync(url, f => EditorClient.Set(f, "name", "Alpha Program North"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = File.ReadAllText(site.FileOf(ReviewContentSite.Id));
        Assert.Contains("Alpha Program North", file);
        Assert.DoesNotContain("Alpha Renamed", file);
        Assert.Contains("php", file);
        var edited = site.Read(db => db.AuditEntries.Single(a => a.Action == AuditAction.ReviewEdited));
        Assert.Contains("Alpha Renamed", edited.Before);
        Assert.Contains("Alpha Program North", edited.After);
        Assert.Equal(ReviewStatus.Approved, site.Read(db => db.ReviewItems.Single().Status));
    }

    [Fact]
    public async Task EditBeforeApproving_WithAnInvalidValue_ShowsItAtTheFieldAndApprovesNothing()
    {
        await using var site = new ReviewContentSite();
        var id = await site.SubmitAsync(ReviewKind.NewProgram, "harbor-light-iop", Submitter, LiveContentFactory.Listing("Harbor Light IOP"));
        var maintainer = await MaintainerAsync(site);

        var response = await maintainer.SubmitAsync($"/manage/review/{id}/edit", f => EditorClient.Set(f, "contact.phone", "12"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull((await PortalClient.Html(response)).QuerySelector("#f-contact-phone-error"));
        Assert.False(File.Exists(site.FileOf("harbor-light-iop")));
        Assert.Equal(ReviewStatus.Pending, site.Read(db => db.ReviewItems.Single().Status));
    }
}
