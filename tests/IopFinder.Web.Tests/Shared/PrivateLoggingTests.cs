using IopFinder.Web.Tests.Faults;

namespace IopFinder.Web.Tests.Shared;

/// <summary>Started from the repository root, where no appsettings.json is found, the site still logs no search.</summary>
public class PrivateLoggingTests
{
    [Fact]
    public async Task SiteStartedFromTheRepositoryRoot_LogsNoQueryString()
    {
        var site = await SiteProcess.StartAsync(SiteFactory.RepoRoot, "--content", Path.Combine("tests", "fixtures", "example-catalog"),
            $"--ConnectionStrings:Staff=Data Source={Path.Combine(Path.GetTempPath(), "iopfinder-log-" + Guid.NewGuid().ToString("N"), "staff.db")}");
        await using (site)
        {
            using var client = new HttpClient { BaseAddress = site.Address };
            foreach (var url in new[] { "/?condition=depression&near=02139", "/api/programs?insurance=medicaid&near=60614", "/compare?ids=harborview-example-iop&time=evening", "/programs/harborview-example-iop?near=02139", "/no-such-page?condition=ptsd" })
            {
                await client.GetAsync(url);
            }
        }
        // Read once it has exited, so every line it wrote is in.
        var text = site.Log;
        Assert.Contains("Catalog loaded", text);
        foreach (var term in new[] { "condition=", "near=", "02139", "60614", "medicaid", "depression", "ptsd", "?" })
        {
            Assert.DoesNotContain(term, text);
        }
    }
}
