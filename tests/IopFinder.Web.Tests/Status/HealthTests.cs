using IopFinder.Core.Geo;
using IopFinder.Core.Tests.Checklist;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Status;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Tests.Status;

/// <summary>The health check says whether a catalog serves and whether the last change loaded.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "iopfinder-health-" + Guid.NewGuid().ToString("N"));

    public HealthTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "programs"));
        File.Copy(Path.Combine(SiteFactory.RepoRoot, "content", "taxonomy.yml"), Path.Combine(_dir, "taxonomy.yml"));
        File.WriteAllText(Path.Combine(_dir, "programs", "a.md"), "---\nname: A\nlevels_of_care: [iop]\nconditions: [depression]\nformats: [virtual]\nvirtual_states: [MA]\n---\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CatalogStore Store() =>
        new(Options.Create(new CatalogOptions { ContentPath = _dir }), ZipTable.Default, new FixedClock(SiteFactory.Today), NullLogger<CatalogStore>.Instance);

    private static HealthStatus Check(CatalogStore store) =>
        new CatalogHealthCheck(store).CheckHealthAsync(new HealthCheckContext()).Result.Status;

    [Fact]
    public void NoCatalogLoaded_IsUnhealthy() => Assert.Equal(HealthStatus.Unhealthy, Check(Store()));

    [Fact]
    public void LoadedCatalog_IsHealthy()
    {
        var store = Store();
        store.Load();
        Assert.Equal(HealthStatus.Healthy, Check(store));
    }

    [Fact]
    public void FailedReload_IsDegraded_WhileTheOldCatalogServes()
    {
        var store = Store();
        store.Load();
        File.WriteAllText(Path.Combine(_dir, "taxonomy.yml"), "conditions: [broken");
        store.Reload([Path.Combine(_dir, "taxonomy.yml")]);
        Assert.Equal(HealthStatus.Degraded, Check(store));
        Assert.Equal(1, store.Current.Index.Count);
    }
}
