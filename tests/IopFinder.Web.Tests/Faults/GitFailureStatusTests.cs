using System.Globalization;
using System.Text.Json;
using IopFinder.Core.Editing;
using IopFinder.Core.Tests.Support;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Tests.Manage;
using IopFinder.Web.Tests.Manage.Editing;
using IopFinder.Web.Tests.Manage.Replicas;
using IopFinder.Web.Tests.Shared.Localization;

namespace IopFinder.Web.Tests.Faults;

/// <summary>
/// A push the content remote never received and a commit git refused are on <c>/status</c>, beside the edits waiting to be
/// pushed: what failed, when (the site's clock), and why in plain words, in English and Spanish.
/// </summary>
public class GitFailureStatusTests
{
    private const string Url = "/manage/listings/" + EditorSite.Listing;

    // Far longer than any test: only the pull and push around a save talk to the remote.
    private const int NoPeriodicPull = 3600;

    private static readonly string Stamp = PortalSite.Today.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Words(string language, string key, GitFailureReason reason)
    {
        var words = ResourceFile.Read(language == "en" ? "" : language);
        return string.Format(CultureInfo.InvariantCulture, words[key], Stamp, words[$"Status.Git.Reason.{reason}"]);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Push_ToAnUnreachableRemote_IsOnStatusWithItsTimeAndReason_UntilThePushGoesThrough(string language)
    {
        using var remote = new ContentRemoteFolder();
        await using var site = new ReplicaSite(remote, "a", NoPeriodicPull);
        var staff = await site.StaffClientAsync();
        var visitor = site.CreateClient();
        remote.GoAway();

        await staff.SubmitAsync(Url, f => EditorClient.Set(f, "contact.phone", "617-555-0177"));

        var status = await PortalClient.Html(await visitor.GetAsync($"/status?lang={language}"));
        Assert.Equal(Words(language, "Status.Git.Failed.Push", GitFailureReason.Unreachable), status.QuerySelector("#remote-failure")!.TextContent);
        Assert.Contains("(origin): 1,", status.QuerySelector("#remote-waiting")!.TextContent);
        Assert.Null(status.QuerySelector("#commit-failure"));
        var api = JsonDocument.Parse(await visitor.GetStringAsync("/api/status")).RootElement.GetProperty("content_remote").GetProperty("last_failure");
        Assert.Equal(("push", "unreachable", PortalSite.Today), (api.GetProperty("operation").GetString(), api.GetProperty("reason").GetString(), api.GetProperty("at").GetDateTimeOffset()));

        remote.ComeBack();
        await staff.SubmitAsync(Url, f => EditorClient.Set(f, "contact.phone", "617-555-0166"));

        var after = await PortalClient.Html(await visitor.GetAsync($"/status?lang={language}"));
        Assert.Null(after.QuerySelector("#remote-failure"));
        Assert.Contains("617-555-0166", remote.OnRemote(EditorSite.Listing));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Commit_OnAFullDisk_IsOnStatusWithItsTimeAndReason(string language)
    {
        using var disk = new SmallDisk();
        await using var site = new EditorSite();
        // The repository's own folder is on the small disk, the listings are not: the write succeeds, the commit cannot.
        TestGit.Run(site.Dir, "init", "--quiet", "--separate-git-dir", Path.Combine(disk.Path, "git"));
        TestGit.Run(site.Dir, "add", ".");
        TestGit.Run(site.Dir, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", "start");
        var client = await site.StaffClientAsync();
        var visitor = site.CreateClient();
        Assert.Null((await PortalClient.Html(await visitor.GetAsync("/status"))).QuerySelector("#commit-failure"));
        disk.Fill();

        await client.SubmitAsync(Url, f => EditorClient.Set(f, "contact.phone", "617-555-0177"));

        var status = await PortalClient.Html(await visitor.GetAsync($"/status?lang={language}"));
        var failure = status.QuerySelector("#commit-failure")!;
        Assert.Equal(Words(language, "Status.Git.Failed.Commit", GitFailureReason.DiskFull), failure.TextContent);
        Assert.Contains("No space left on device", failure.NextElementSibling!.TextContent);
        var api = JsonDocument.Parse(await visitor.GetStringAsync("/api/status")).RootElement.GetProperty("commit_failure");
        Assert.Equal(("commit", "disk_full"), (api.GetProperty("operation").GetString(), api.GetProperty("reason").GetString()));
    }

    public static TheoryData<string> FailureKeys() =>
        [.. Enum.GetValues<GitFailureReason>().Select(r => $"Status.Git.Reason.{r}"), .. Enum.GetValues<GitOperation>().Select(o => $"Status.Git.Failed.{o}")];

    [Theory]
    [MemberData(nameof(FailureKeys))]
    public void EveryGitFailure_IsWordedInEnglishAndSpanish(string key)
    {
        Assert.False(string.IsNullOrWhiteSpace(ResourceFile.English.GetValueOrDefault(key)), key);
        Assert.False(string.IsNullOrWhiteSpace(ResourceFile.Spanish.GetValueOrDefault(key)), key);
    }
}
