using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace IopFinder.Web.Tests.Shared;

/// <summary>Started from the repository root, where no appsettings.json is found, the site still logs no search.</summary>
public partial class PrivateLoggingTests
{
    [Fact]
    public async Task SiteStartedFromTheRepositoryRoot_LogsNoQueryString()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(SiteFactory.RepoRoot, "src", "IopFinder.Web", "bin", configuration, "net10.0", "IopFinder.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is built with the solution");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = SiteFactory.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { dll, "--urls", "http://127.0.0.1:0", "--content", Path.Combine("tests", "fixtures", "example-catalog"),
                $"--ConnectionStrings:Staff=Data Source={Path.Combine(Path.GetTempPath(), "iopfinder-log-" + Guid.NewGuid().ToString("N"), "staff.db")}" },
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var log = new StringBuilder();
        var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var site = new Process { StartInfo = start };
        void Read(string? line)
        {
            if (line is null) return;
            lock (log) log.AppendLine(line);
            if (Listening().Match(line) is { Success: true } m) address.TrySetResult(m.Groups[1].Value);
        }
        site.OutputDataReceived += (_, e) => Read(e.Data);
        site.ErrorDataReceived += (_, e) => Read(e.Data);
        site.Start();
        site.BeginOutputReadLine();
        site.BeginErrorReadLine();
        try
        {
            var baseUrl = await address.Task.WaitAsync(TimeSpan.FromSeconds(60));
            using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
            foreach (var url in new[] { "/?condition=depression&near=02139", "/api/programs?insurance=medicaid&near=60614", "/compare?ids=harborview-example-iop&time=evening", "/programs/harborview-example-iop?near=02139", "/no-such-page?condition=ptsd" })
            {
                await client.GetAsync(url);
            }
        }
        finally
        {
            site.Kill(entireProcessTree: true);
            await site.WaitForExitAsync();
        }
        string text;
        lock (log) text = log.ToString();
        Assert.Contains("Catalog loaded", text);
        foreach (var term in new[] { "condition=", "near=", "02139", "60614", "medicaid", "depression", "ptsd", "?" })
        {
            Assert.DoesNotContain(term, text);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
