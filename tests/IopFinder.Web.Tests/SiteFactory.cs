using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using IopFinder.Core.Tests.Checklist;
using IopFinder.Core.Tests.Support;
using IopFinder.Web.Manage.Data;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests;

/// <summary>The site on a content folder: the bundled examples unless another folder is given.</summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public static string RepoRoot => Repo.Root;

    public virtual string ContentPath => Path.Combine(RepoRoot, "tests", "fixtures", "example-catalog");

    /// <summary>The staff portal's database and mail folder, also the factory's own.</summary>
    public string StaffDataPath { get; } = Path.Combine(Path.GetTempPath(), "iopfinder-staff-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(Path.Combine(RepoRoot, "src", "IopFinder.Web"));
        builder.UseSetting("Catalog:ContentPath", ContentPath);
        builder.UseSetting("ConnectionStrings:Staff", $"Data Source={Path.Combine(StaffDataPath, "staff.db")};Pooling=false");
        builder.UseSetting("Mail:PickupFolder", Path.Combine(StaffDataPath, "mail"));
        builder.UseEnvironment("Production");
        // Freshness ("reviewed in the last year", stale warnings) is judged against a fixed day, not the wall clock.
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Today)));
    }

    /// <summary>A scope for reaching the staff database directly: migrated first, as the first portal request would.</summary>
    public IServiceScope StaffScope()
    {
        // Off the test's synchronisation context, so the wait cannot hold the thread the migration needs to finish on.
        var gate = Services.GetRequiredService<StaffDatabaseGate>();
        Task.Run(() => gate.EnsureReadyAsync()).GetAwaiter().GetResult();
        return Services.CreateScope();
    }

    public static readonly DateTimeOffset Today = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
}
