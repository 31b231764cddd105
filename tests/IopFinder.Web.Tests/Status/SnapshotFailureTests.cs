using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Status;

/// <summary>A site whose snapshot folder cannot be created: a file stands where the folder should be.</summary>
public sealed class UnwritableSnapshotFactory : SiteFactory
{
    public UnwritableSnapshotFactory() => File.WriteAllText(Blocker, "");

    public string Blocker { get; } = Path.Combine(Path.GetTempPath(), "iopfinder-blocker-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Catalog:SnapshotPath", Path.Combine(Blocker, "snapshots"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(Blocker);
    }
}

/// <summary>Parsed listings that cannot be saved for the next start are reported, not silently dropped.</summary>
public sealed class SnapshotFailureTests(UnwritableSnapshotFactory factory) : IClassFixture<UnwritableSnapshotFactory>
{
    [Fact]
    public async Task Status_WhenTheSnapshotCannotBeWritten_ShowsWhy()
    {
        var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<CatalogStore>();
        await store.SnapshotWritten;
        var problem = store.SnapshotProblem;

        Assert.False(string.IsNullOrEmpty(problem));
        var page = await client.GetStringAsync("/status");
        Assert.Contains("The parsed listings could not be saved for the next start", page);
        Assert.Contains(HtmlEncoder.Default.Encode(problem), page);
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/status")).RootElement;
        Assert.Equal(problem, json.GetProperty("snapshot_problem").GetString());
        // The site serves all the same.
        Assert.True(json.GetProperty("programs").GetInt32() > 0);
    }
}
