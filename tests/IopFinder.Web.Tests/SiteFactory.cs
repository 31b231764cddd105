using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

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
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Directory.sln not found");
    }
}
