using System.Net;
using System.Text.Json;
using IopFinder.Core.Tests.Support;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Tests.Manage;
using IopFinder.Web.Tests.Manage.Editing;
using IopFinder.Web.Tests.Shared.Localization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Faults;

/// <summary>A site whose snapshot folder is a small disk that was full before it started.</summary>
public sealed class FullSnapshotDiskSite : SiteFactory
{
    public FullSnapshotDiskSite(SmallDisk disk)
    {
        Disk = disk;
        disk.Fill();
    }

    public SmallDisk Disk { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Catalog:SnapshotPath", Disk.Path);
    }
}

/// <summary>A full disk under the snapshot, a listing or a git repository: a clear message, nothing half-written, the site serves.</summary>
public class FullDiskTests
{
    private const string Url = "/manage/listings/" + EditorSite.Listing;

    private static string[] FilesIn(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task SnapshotWrite_OnAFullDisk_IsShownOnStatus_LeavesNoPartFile_AndTheSiteServes()
    {
        using var disk = new SmallDisk();
        await using var site = new FullSnapshotDiskSite(disk);
        var client = site.CreateClient();
        var store = site.Services.GetRequiredService<CatalogStore>();
        await store.SnapshotWritten;

        Assert.Contains("No space left on device", store.SnapshotProblem);
        var page = await client.GetStringAsync("/status");
        Assert.Contains(ResourceFile.English["Status.SnapshotFailed"], page);
        Assert.Contains("No space left on device", page);
        Assert.Equal([".filler"], FilesIn(disk.Path));
        var search = JsonDocument.Parse(await client.GetStringAsync("/api/programs?condition=depression")).RootElement;
        Assert.True(search.GetProperty("total").GetInt32() > 0);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task PortalSave_OnAFullDisk_SaysTheDiskIsFull_AndLeavesTheFileWhole(string language)
    {
        using var disk = new SmallDisk();
        await using var site = new EditorSite(Path.Combine(disk.Path, "content"));
        var client = await site.StaffClientAsync();
        var before = site.FileOf(EditorSite.Listing);
        var files = FilesIn(site.Dir);
        var url = $"{Url}?lang={language}";
        var inputs = EditorClient.Inputs(await client.OpenAsync(url));
        EditorClient.Set(inputs, "contact.phone", "617-555-0177");
        disk.Fill();

        var response = await client.Http.PostAsync(url, new FormUrlEncodedContent(inputs));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var words = ResourceFile.Read(language == "en" ? "" : language);
        Assert.Equal(words["Manage.DiskFull"], (await PortalClient.Html(response)).QuerySelector("#save-failed")!.TextContent);
        Assert.Equal(before, site.FileOf(EditorSite.Listing));
        Assert.Equal(files, FilesIn(site.Dir));
        // Space again: the same save goes through.
        disk.Free();
        var again = await client.SubmitAsync(Url, f => EditorClient.Set(f, "contact.phone", "617-555-0177"));
        Assert.NotNull((await PortalClient.Html(again)).QuerySelector("#live-now"));
        Assert.Contains("617-555-0177", site.FileOf(EditorSite.Listing));
    }

    [Fact]
    public async Task Commit_OnAFullDisk_KeepsTheSavedFile_SaysItIsNotInTheHistory_AndGitStaysUsable()
    {
        using var disk = new SmallDisk();
        await using var site = new EditorSite();
        // The repository's own folder is on the small disk, the listings are not: the write succeeds, the commit cannot.
        Git(site.Dir, "init", "--quiet", "--separate-git-dir", Path.Combine(disk.Path, "git"));
        Git(site.Dir, "add", ".");
        Git(site.Dir, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", "start");
        var client = await site.StaffClientAsync();
        disk.Fill();

        var saved = await client.SubmitAsync(Url, f => EditorClient.Set(f, "contact.phone", "617-555-0177"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var page = await PortalClient.Html(saved);
        Assert.NotNull(page.QuerySelector("#live-now"));
        Assert.Equal(ResourceFile.English["Manage.Edit.NotCommitted"], page.QuerySelector("#not-committed")!.TextContent);
        Assert.Contains("617-555-0177", site.FileOf(EditorSite.Listing));
        Assert.Equal("1", Git(site.Dir, "rev-list", "--count", "HEAD").Trim());
        Assert.Equal($" M programs/{EditorSite.Listing}.md", Git(site.Dir, "status", "--porcelain").TrimEnd());
        // Nothing of the failed commit blocks the next one once there is space.
        disk.Free();
        var next = await client.SubmitAsync(Url, f => EditorClient.Set(f, "contact.phone", "617-555-0166"));
        Assert.Null((await PortalClient.Html(next)).QuerySelector("#not-committed"));
        Assert.Equal("2", Git(site.Dir, "rev-list", "--count", "HEAD").Trim());
        Assert.Equal("", Git(site.Dir, "status", "--porcelain").Trim());
    }

    private static string Git(string directory, params string[] arguments) => TestGit.Run(directory, arguments);
}
