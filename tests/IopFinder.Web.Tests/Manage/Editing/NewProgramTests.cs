using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Tests.Manage.Editing;

/// <summary>A new program through the editor's form at /manage/new: validated like an edit, always sent to review.</summary>
public class NewProgramTests
{
    [Fact]
    public async Task NewProgram_Valid_IsSentForReviewWithTheListingFileAndWritesNoFile()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();

        var response = await client.SubmitAsync("/manage/new", f =>
        {
            EditorClient.Set(f, "name", "Lighthouse Teen IOP");
            f.Add(new("levels_of_care", "iop"));
            f.Add(new("conditions", "depression"));
            f.Add(new("formats", "virtual"));
            f.Add(new("virtual_states", "MA"));
            EditorClient.Set(f, "body", "A new program.");
        });

        Assert.NotNull((await PortalClient.Html(response)).QuerySelector("#sent-for-review"));
        var item = site.Read(db => db.ReviewItems.Single(i => i.Kind == ReviewKind.NewProgram));
        Assert.Equal("lighthouse-teen-iop", item.ListingId);
        Assert.Contains("Lighthouse Teen IOP", item.Payload);
        Assert.StartsWith("---\n", item.Payload);
        Assert.False(File.Exists(Path.Combine(site.Dir, "programs", "lighthouse-teen-iop.md")));
        Assert.Equal(1, site.Read(db => db.AuditEntries.Count(a => a.Action == AuditAction.NewProgram)));
    }

    [Theory]
    [InlineData("Harborview Example IOP", "name")]
    [InlineData("", "name")]
    public async Task NewProgram_WithATakenOrMissingName_ShowsTheMessageAtTheNameAndQueuesNothing(string name, string key)
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();

        var response = await client.SubmitAsync("/manage/new", f =>
        {
            EditorClient.Set(f, "name", name);
            f.Add(new("levels_of_care", "iop"));
            f.Add(new("conditions", "depression"));
            f.Add(new("formats", "virtual"));
            f.Add(new("virtual_states", "MA"));
        });

        Assert.NotNull((await PortalClient.Html(response)).QuerySelector($"#f-{key}-error"));
        Assert.Equal(0, site.Read(db => db.ReviewItems.Count(i => i.Kind == ReviewKind.NewProgram)));
    }
}
