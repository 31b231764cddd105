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
    public async Task EditBeforeApproving_NewProgramKeepingItsName_OpensPrefilledAndWritesTheEditedListingUnderItsId()
    {
        await using var site = new ReviewContentSite();
        var id = await site.SubmitAsync(ReviewKind.NewProgram, "harbor-light-iop", Submitter, LiveContentFactory.Listing("Harbor Light IOP"));
        var maintainer = await MaintainerAsync(site);
        var url = (await maintainer.OpenAsync("/manage/review")).QuerySelector($"#edit-{id}")!.GetAttribute("href")!;
        Assert.Equal("Harbor Light IOP", (await maintainer.OpenAsync(url)).QuerySelector("input[name=name]")!.GetAttribute("value"));

        var response = await maintainer.SubmitAsync(url, f => EditorClient.Set(f, "contact.phone", "617-555-0142"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await PortalClient.Html(response)).QuerySelector("#review-message"));
        Assert.Contains("617-555-0142", File.ReadAllText(site.FileOf("harbor-light-iop")));
        Assert.Equal(ReviewStatus.Approved, site.Read(db => db.ReviewItems.Single().Status));
        var edited = site.Read(db => db.AuditEntries.Single(a => a.Action == AuditAction.ReviewEdited));
        Assert.DoesNotContain("617-555-0142", edited.Before);
        Assert.Contains("617-555-0142", edited.After);
        Assert.Equal(PortalSite.Maintainer, edited.Actor);
        Assert.Equal(1, site.Read(db => db.AuditEntries.Count(a => a.Action == AuditAction.ReviewApproved)));
    }

    [Fact]
    public async Task EditBeforeApproving_RenamedNewProgram_IsListedUnderTheNewNamesIdAndItsSubmitterEditsItThere()
    {
        await using var site = new ReviewContentSite();
        var submitter = site.NewClient();
        await submitter.SignInWithCodeAsync(Submitter);
        var sent = await new EditorClient(submitter).SubmitAsync("/manage/new", f => VirtualProgram(f, "Harbor Light IOP"));
        Assert.NotNull((await PortalClient.Html(sent)).QuerySelector("#sent-for-review"));
        var item = site.Read(db => db.ReviewItems.Single());
        Assert.Equal("harbor-light-iop", item.ListingId);
        var maintainer = await MaintainerAsync(site);

        var response = await maintainer.SubmitAsync($"/manage/review/{item.Id}/edit", f => EditorClient.Set(f, "name", "Harbor Light Adult IOP"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await PortalClient.Html(response)).QuerySelector("#review-message"));
        Assert.Contains("Harbor Light Adult IOP", File.ReadAllText(site.FileOf("harbor-light-adult-iop")));
        Assert.False(File.Exists(site.FileOf("harbor-light-iop")));
        var visitor = site.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await visitor.GetAsync("/programs/harbor-light-adult-iop")).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Contains("Harbor Light Adult IOP", await visitor.GetStringAsync("/programs/harbor-light-adult-iop"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/programs/harbor-light-iop")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await submitter.Http.GetAsync("/manage/listings/harbor-light-adult-iop")).StatusCode);
        Assert.Equal(["harbor-light-adult-iop"], site.Read(db => db.Grants.Where(g => g.Email == Submitter).Select(g => g.ListingId).ToList()));
        Assert.Equal(("harbor-light-adult-iop", ReviewStatus.Approved), site.Read(db => db.ReviewItems.Select(i => new { i.ListingId, i.Status }).AsEnumerable()
            .Select(i => (i.ListingId, i.Status)).Single()));
        var edited = site.Read(db => db.AuditEntries.Single(a => a.Action == AuditAction.ReviewEdited));
        Assert.Equal("harbor-light-adult-iop", edited.ListingId);
        Assert.Contains($"programs/harbor-light-iop.md\n{item.Payload}", edited.Before);
        Assert.StartsWith("programs/harbor-light-adult-iop.md\n---\n", edited.After);
        Assert.Contains("Harbor Light Adult IOP", edited.After);
        Assert.Equal("harbor-light-adult-iop", site.Read(db => db.AuditEntries.Single(a => a.Action == AuditAction.ReviewApproved).ListingId));
    }

    [Fact]
    public async Task EditBeforeApproving_NewProgramRenamedToAListingsName_ShowsItAtTheNameAndApprovesNothing()
    {
        await using var site = new ReviewContentSite();
        var id = await site.SubmitAsync(ReviewKind.NewProgram, "harbor-light-iop", Submitter, LiveContentFactory.Listing("Harbor Light IOP"));
        var alpha = File.ReadAllText(site.FileOf(ReviewContentSite.Id));
        var maintainer = await MaintainerAsync(site);

        var response = await maintainer.SubmitAsync($"/manage/review/{id}/edit", f => EditorClient.Set(f, "name", "Alpha"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("alpha", (await PortalClient.Html(response)).QuerySelector("#f-name-error")!.TextContent);
        Assert.Equal(alpha, File.ReadAllText(site.FileOf(ReviewContentSite.Id)));
        Assert.False(File.Exists(site.FileOf("harbor-light-iop")));
        Assert.Equal(("harbor-light-iop", ReviewStatus.Pending), site.Read(db => db.ReviewItems.Select(i => new { i.ListingId, i.Status }).AsEnumerable()
            .Select(i => (i.ListingId, i.Status)).Single()));
        Assert.Equal(0, site.Read(db => db.Grants.Count()));
    }

    private static void VirtualProgram(List<KeyValuePair<string, string>> f, string name)
    {
        EditorClient.Set(f, "name", name);
        f.Add(new("levels_of_care", "iop"));
        f.Add(new("conditions", "depression"));
        f.Add(new("formats", "virtual"));
        f.Add(new("virtual_states", "MA"));
        EditorClient.Set(f, "body", "A new program.");
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
