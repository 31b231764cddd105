using System.Net;
using System.Text.Json;
using IopFinder.Web.Tests.Shared;
using IopFinder.Web.Tests.Shared.Localization;
using Microsoft.AspNetCore.Hosting;

namespace IopFinder.Web.Tests.Faults;

/// <summary>The site on a copy of the example catalog that a test takes away while it serves, checked every second.</summary>
public sealed class VanishingContentSite : SiteFactory
{
    public VanishingContentSite()
    {
        ExampleCatalogCopy.To(Dir);
    }

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "iopfinder-vanish-" + Guid.NewGuid().ToString("N"));

    /// <summary>Where the folder is while it is away.</summary>
    public string Away => Dir + "-away";

    public override string ContentPath => Dir;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Catalog:ReloadDebounceMilliseconds", "100");
        builder.UseSetting("Catalog:ProbeSeconds", "1");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (File.Exists(Dir)) File.Delete(Dir);
        foreach (var folder in new[] { Dir, Away }) if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}

/// <summary>
/// The content folder renamed away or replaced by a file while the site serves (running as root, a chmod would not
/// stop the site reading): the last good catalog keeps serving, /status and /healthz say so, and its return is read.
/// </summary>
public class ContentFolderGoneTests
{
    private const string Listing = "harborview-example-iop";

    public enum Gone { RenamedAway, ReplacedByAFile }

    private static async Task<JsonElement> Json(HttpClient client, string url) => JsonDocument.Parse(await client.GetStringAsync(url)).RootElement;

    private static async Task<JsonElement> WaitFor(HttpClient client, string url, Func<JsonElement, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var json = await Json(client, url);
            if (condition(json)) return json;
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting until {what}; last answer: {json}");
            await Task.Delay(100);
        }
    }

    [Theory]
    [InlineData(Gone.RenamedAway)]
    [InlineData(Gone.ReplacedByAFile)]
    public async Task ContentFolderGone_KeepsServingTheLastGoodCatalog_SaysSo_AndReadsItsReturn(Gone how)
    {
        await using var site = new VanishingContentSite();
        var client = site.CreateClient();
        var before = await Json(client, "/api/status");
        var programs = before.GetProperty("programs").GetInt32();

        Directory.Move(site.Dir, site.Away);
        if (how == Gone.ReplacedByAFile) File.WriteAllText(site.Dir, "not a folder");

        var status = await WaitFor(client, "/api/status", s => s.GetProperty("content_unreadable").ValueKind == JsonValueKind.Object, "status says the folder cannot be read");
        Assert.Equal(programs, status.GetProperty("programs").GetInt32());
        Assert.Contains(site.Dir, status.GetProperty("content_unreadable").GetProperty("reason").GetString());
        var search = await Json(client, "/api/programs?condition=depression");
        Assert.True(search.GetProperty("total").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/programs/{Listing}")).StatusCode);
        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var healthJson = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Degraded", healthJson.GetProperty("status").GetString());
        Assert.StartsWith("The content folder cannot be read since", healthJson.GetProperty("description").GetString());
        Assert.Equal(status.GetProperty("content_unreadable").GetProperty("since").GetDateTimeOffset(), healthJson.GetProperty("content_unreadable_since").GetDateTimeOffset());
        Assert.Contains(ResourceFile.English["Status.ContentUnreadable"], await client.GetStringAsync("/status"));
        Assert.Contains(ResourceFile.Spanish["Status.ContentUnreadable"], await client.GetStringAsync("/status?lang=es"));

        // While it was away someone changed a listing; when it comes back, that is what serves.
        var file = Path.Combine(site.Away, "programs", Listing + ".md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("617-555-0100", "617-555-0142", StringComparison.Ordinal));
        if (how == Gone.ReplacedByAFile) File.Delete(site.Dir);
        Directory.Move(site.Away, site.Dir);

        await WaitFor(client, "/api/status", s => s.GetProperty("content_unreadable").ValueKind == JsonValueKind.Null, "the warning goes");
        Assert.Contains("617-555-0142", await client.GetStringAsync($"/programs/{Listing}"));
        Assert.Equal("Healthy", (await Json(client, "/healthz")).GetProperty("status").GetString());
        Assert.DoesNotContain(ResourceFile.English["Status.ContentUnreadable"], await client.GetStringAsync("/status"));
        // And it is watched again: a change now is served without a restart.
        File.WriteAllText(Path.Combine(site.Dir, "programs", Listing + ".md"),
            File.ReadAllText(Path.Combine(site.Dir, "programs", Listing + ".md")).Replace("617-555-0142", "617-555-0143", StringComparison.Ordinal));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await client.GetStringAsync($"/programs/{Listing}")).Contains("617-555-0143") && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Contains("617-555-0143", await client.GetStringAsync($"/programs/{Listing}"));
    }
}
