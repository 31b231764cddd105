using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using IopFinder.Core.Tests.Support;
using IopFinder.Web.Tests.Manage;
using IopFinder.Web.Tests.Shared;
using IopFinder.Web.Tests.Manage.Editing;

namespace IopFinder.Web.Tests.Faults;

/// <summary>
/// The built site killed with SIGKILL while it reloads or saves, then started again on the same folders: it serves
/// the files as they are, its snapshot is a whole one (or none), and a save either reached git or is picked up by the next.
/// </summary>
public sealed class KillTests : IDisposable
{
    private const string Listing = EditorSite.Listing;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "iopfinder-kill-" + Guid.NewGuid().ToString("N"));

    public KillTests()
    {
        ExampleCatalogCopy.To(Content);
        Directory.CreateDirectory(Snapshots);
    }

    private string Content => Path.Combine(_root, "content");

    private string Snapshots => Path.Combine(_root, "snapshots");

    private string[] ListingFiles => Directory.GetFiles(Path.Combine(Content, "programs"), "*.md");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Task<SiteProcess> StartAsync(params string[] more) => SiteProcess.StartAsync(_root,
    [
        "--content", Content,
        $"--Catalog:SnapshotPath={Snapshots}",
        "--Catalog:ReloadDebounceMilliseconds=100",
        $"--ConnectionStrings:Staff=Data Source={Path.Combine(_root, "staff.db")};Pooling=false",
        $"--Mail:PickupFolder={Path.Combine(_root, "mail")}",
        .. more,
    ]);

    private static async Task<JsonElement> Json(HttpClient client, string url) => JsonDocument.Parse(await client.GetStringAsync(url)).RootElement;

    private async Task WaitFor(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting until {what}");
            await Task.Delay(50);
        }
    }

    /// <summary>The snapshot as the site checks it: its last 32 bytes are the SHA-256 of the rest.</summary>
    private static bool Whole(string snapshot)
    {
        var bytes = File.ReadAllBytes(snapshot);
        return bytes.Length > SHA256.HashSizeInBytes
            && SHA256.HashData(bytes.AsSpan(0, bytes.Length - SHA256.HashSizeInBytes)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - SHA256.HashSizeInBytes));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(300)]
    public async Task Kill_DuringAReloadOfEveryListing_RestartServesTheFilesAsTheyAre_FromAWholeSnapshotOrNone(int killAfterMilliseconds)
    {
        int killed;
        await using (var first = await StartAsync())
        {
            await WaitFor(() => Directory.GetFiles(Snapshots, "*.bin").Length == 1, "the first snapshot is written");
            foreach (var file in ListingFiles) File.AppendAllText(file, $"\nRevision two of {Path.GetFileNameWithoutExtension(file)}.\n");
            // Where the kill lands (debounce, reading, swapping, writing the snapshot) varies with the case; every point must hold.
            await Task.Delay(killAfterMilliseconds);
            killed = first.Id;
            await first.KillAsync();
        }

        await using var second = await StartAsync();
        using var client = new HttpClient { BaseAddress = second.Address };

        var status = await Json(client, "/api/status");
        Assert.Equal(ListingFiles.Length, status.GetProperty("programs").GetInt32());
        Assert.Equal(0, status.GetProperty("left_out").GetArrayLength());
        foreach (var file in ListingFiles)
        {
            var id = Path.GetFileNameWithoutExtension(file);
            Assert.Contains($"Revision two of {id}.", await client.GetStringAsync($"/programs/{id}"));
        }
        Assert.Empty(Directory.GetFiles(Snapshots, $"*.{killed}.*.tmp"));
        Assert.All(Directory.GetFiles(Snapshots, "*.bin"), snapshot => Assert.True(Whole(snapshot), $"{snapshot} is cut short or damaged"));
        Assert.True((await Json(client, "/api/programs?q=revision")).GetProperty("total").GetInt32() > 0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public async Task Kill_DuringPortalSaves_RestartServesAWholeListing_AndEverySaveReportedIsInGit(int killAfterMilliseconds)
    {
        TestGit.Run(Content, "init", "--quiet");
        TestGit.Run(Content, "add", ".");
        TestGit.Run(Content, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", "start");
        await using var mail = new SmtpCapture();
        string[] mailSettings = ["--Mail:Host=127.0.0.1", $"--Mail:Port={mail.Port}", "--Mail:From=IopFinder <portal@iopfinder.example>"];
        var url = $"/manage/listings/{Listing}";
        var submitted = new List<string> { "617-555-0100" };
        var reported = new List<string>();
        await using (var first = await StartAsync(mailSettings))
        {
            var editor = await SignedInAsync(first, mail);
            using var stop = new CancellationTokenSource();
            var saving = Task.Run(async () =>
            {
                for (var i = 10; !stop.IsCancellationRequested; i++)
                {
                    var phone = $"617-555-01{i % 90 + 10}";
                    lock (submitted) submitted.Add(phone);
                    try
                    {
                        var saved = await editor.SubmitAsync(url, f => EditorClient.Set(f, "contact.phone", phone));
                        if ((await PortalClient.Html(saved)).QuerySelector("#live-now") is not null) lock (reported) reported.Add(phone);
                    }
                    catch (HttpRequestException)
                    {
                        return;
                    }
                }
            });
            await WaitFor(() => { lock (reported) return reported.Count >= 2; }, "two saves are answered");
            await Task.Delay(killAfterMilliseconds);
            await first.KillAsync();
            stop.Cancel();
            await saving;
        }

        await using var second = await StartAsync(mailSettings);
        using var client = new HttpClient { BaseAddress = second.Address };
        var file = Path.Combine(Content, "programs", Listing + ".md");
        var onDisk = File.ReadAllText(file);

        // The file is one whole version: it reads without a problem, and its phone is one that was sent.
        Assert.Equal(0, (await Json(client, "/api/status")).GetProperty("left_out").GetArrayLength());
        var phone = Assert.Single(submitted, p => onDisk.Contains($"\"{p}\"", StringComparison.Ordinal));
        Assert.Contains(phone, await client.GetStringAsync($"/programs/{Listing}"));
        // Every save the page called saved is in git's history.
        var history = TestGit.Run(Content, "log", "-p", "--", $"programs/{Listing}.md");
        Assert.All(reported, p => Assert.Contains($"+  phone: \"{p}\"", history));
        // The save under way when it was killed was committed, or is left (staged or not) as a change to that one file: nothing else.
        var changes = TestGit.Run(Content, "diff", "HEAD", "--name-only").Trim();
        Assert.True(changes.Length == 0 || changes == $"programs/{Listing}.md", changes);
        Assert.False(File.Exists(Path.Combine(Content, ".git", "index.lock")));
        // The next save records it in git with its own change.
        var editor2 = await SignedInAsync(second, mail);
        var next = await editor2.SubmitAsync(url, f => EditorClient.Set(f, "contact.phone", "617-555-0199"));
        Assert.NotNull((await PortalClient.Html(next)).QuerySelector("#live-now"));
        Assert.Equal("", TestGit.Run(Content, "diff", "HEAD", "--name-only").Trim());
    }

    private static async Task<EditorClient> SignedInAsync(SiteProcess site, SmtpCapture mail)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = site.Address };
        var portal = new PortalClient(http, mail);
        var signedIn = await portal.SignInWithCodeAsync(EditorSite.Staff);
        Assert.True(signedIn.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.OK, signedIn.StatusCode.ToString());
        await portal.ClaimAsync(Listing);
        return new EditorClient(portal);
    }
}
