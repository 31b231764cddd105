using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace IopFinder.Web.Tests.Shared;

/// <summary>A site on a temporary content folder that the test edits while it serves.</summary>
public sealed class LiveContentFactory : SiteFactory
{
    public LiveContentFactory()
    {
        Directory.CreateDirectory(Path.Combine(Dir, "programs"));
        File.Copy(Path.Combine(RepoRoot, "content", "taxonomy.yml"), Path.Combine(Dir, "taxonomy.yml"));
        File.WriteAllText(Path.Combine(Dir, "programs", "alpha.md"), Listing("Alpha Program"));
    }

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "iopfinder-live-" + Guid.NewGuid().ToString("N"));

    public override string ContentPath => Dir;

    public static string Listing(string name, string conditions = "[depression]") =>
        $"---\nname: {name}\nlevels_of_care: [iop]\nconditions: {conditions}\nformats: [virtual]\nvirtual_states: [MA]\n---\nBody.\n";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Catalog:ReloadDebounceMilliseconds", "100");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
    }
}

public class LiveReloadTests(LiveContentFactory factory) : IClassFixture<LiveContentFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(factory.Dir, "programs", name), text);

    private async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.Fail($"Timed out waiting until {what}");
    }

    private async Task<(HttpStatusCode, string)> Get(string url)
    {
        var response = await _client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> Status() => JsonDocument.Parse(await _client.GetStringAsync("/api/status")).RootElement;

    [Fact]
    public async Task Edits_WriteChangeBreakFixDelete_AreServedWithoutRestartOrErrors()
    {
        using var stop = new CancellationTokenSource();
        var statuses = new List<HttpStatusCode>();
        // Requests keep coming while the catalog is swapped underneath them.
        var load = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var url in new[] { "/?q=program", "/api/programs?condition=depression", "/programs/alpha", "/compare?ids=alpha,beta" })
                {
                    var response = await _client.GetAsync(url);
                    lock (statuses) statuses.Add(response.StatusCode);
                }
            }
        });
        var generation = (await Status()).GetProperty("generation").GetInt32();

        Write("beta.md", LiveContentFactory.Listing("Beta Program"));
        await Eventually(async () => (await Get("/programs/beta")).Item1 == HttpStatusCode.OK, "a new listing appears");

        Write("beta.md", LiveContentFactory.Listing("Beta Renamed"));
        await Eventually(async () => (await Get("/programs/beta")).Item2.Contains("Beta Renamed"), "a changed listing is updated");

        Write("beta.md", LiveContentFactory.Listing("Beta Broken", "[depresion]"));
        await Eventually(async () => (await Status()).GetProperty("kept_last_good").GetArrayLength() == 1, "status shows the broken listing");
        var kept = (await Status()).GetProperty("kept_last_good")[0].GetString()!;
        Assert.Contains("programs/beta.md:4: unknown conditions term 'depresion'", kept);
        var (code, page) = await Get("/programs/beta");
        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Contains("Beta Renamed", page);
        Assert.Contains("Listings serving their last good version (1)", (await Get("/status")).Item2);

        Write("beta.md", LiveContentFactory.Listing("Beta Fixed"));
        await Eventually(async () => (await Get("/programs/beta")).Item2.Contains("Beta Fixed"), "a fixed listing is served");
        Assert.Equal(0, (await Status()).GetProperty("kept_last_good").GetArrayLength());

        File.Delete(Path.Combine(factory.Dir, "programs", "beta.md"));
        await Eventually(async () => (await Get("/programs/beta")).Item1 == HttpStatusCode.NotFound, "a deleted listing leaves");

        stop.Cancel();
        await load;
        Assert.True((await Status()).GetProperty("generation").GetInt32() > generation);
        lock (statuses)
        {
            Assert.NotEmpty(statuses);
            Assert.DoesNotContain(statuses, s => (int)s >= 500);
        }
    }

    [Fact]
    public async Task Reloads_LeaveOnlyTheCurrentVersionHoldingAReader()
    {
        for (var edit = 1; edit <= 5; edit++)
        {
            var name = $"Gamma Edition{edit}";
            Write("gamma.md", LiveContentFactory.Listing(name));
            await Eventually(async () => (await Get($"/?q=edition{edit}")).Item2.Contains(name), $"edit {edit} is found by its words");
        }
        await Eventually(async () => (await Status()).GetProperty("text_index").GetProperty("leased_readers").GetInt32() == 1,
            "the versions swapped out let go of their readers");
        // Each reload saved what it parsed for the next start.
        Assert.Equal(JsonValueKind.Null, (await Status()).GetProperty("snapshot_problem").ValueKind);
        File.Delete(Path.Combine(factory.Dir, "programs", "gamma.md"));
    }

    [Fact]
    public async Task BrokenTaxonomy_KeepsTheCatalogServingAndShowsWhy()
    {
        var path = Path.Combine(factory.Dir, "taxonomy.yml");
        var good = File.ReadAllText(path);
        File.WriteAllText(path, "conditions: [\n");
        await Eventually(async () => (await Status()).GetProperty("reload_problems").GetArrayLength() > 0, "status shows the taxonomy problem");
        Assert.Equal(HttpStatusCode.OK, (await Get("/programs/alpha")).Item1);
        Assert.Contains("The last change could not be loaded", (await Get("/status")).Item2);

        File.WriteAllText(path, good);
        await Eventually(async () => (await Status()).GetProperty("reload_problems").GetArrayLength() == 0, "the fixed taxonomy loads");
        Assert.Equal(HttpStatusCode.OK, (await Get("/programs/alpha")).Item1);
    }

    [Fact]
    public async Task Health_ReportsHealthyWithTheCatalogSize()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/healthz")).RootElement;
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.True(json.GetProperty("listings").GetInt32() >= 1);
        Assert.False(json.GetProperty("last_reload_failed").GetBoolean());
    }
}
