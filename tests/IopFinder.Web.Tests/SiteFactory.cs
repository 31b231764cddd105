using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests;

/// <summary>The site on a content folder: the bundled examples unless another folder is given.</summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public static string RepoRoot { get; } = FindRoot();

    public virtual string ContentPath => Path.Combine(RepoRoot, "tests", "fixtures", "example-catalog");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(Path.Combine(RepoRoot, "src", "IopFinder.Web"));
        builder.UseSetting("Catalog:ContentPath", ContentPath);
        builder.UseEnvironment("Production");
        // Freshness ("reviewed in the last year", stale warnings) is judged against a fixed day, not the wall clock.
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Today)));
    }

    public static readonly DateTimeOffset Today = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Directory.sln not found");
    }
}
