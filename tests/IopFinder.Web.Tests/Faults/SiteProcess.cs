using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace IopFinder.Web.Tests.Faults;

/// <summary>
/// The built site (<c>dotnet IopFinder.Web.dll</c>) as its own process on a free loopback port, as it runs in
/// production: it can be killed with SIGKILL and started again on the same folders.
/// </summary>
public sealed partial class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiteProcess(string workingDirectory, IEnumerable<string> arguments)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(SiteFactory.RepoRoot, "src", "IopFinder.Web", "bin", configuration, "net10.0", "IopFinder.Web.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is built with the solution");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Read(e.Data);
        _process.ErrorDataReceived += (_, e) => Read(e.Data);
    }

    /// <summary>The process id, which names its temporary files.</summary>
    public int Id => _process.Id;

    /// <summary>Everything it wrote to the console so far.</summary>
    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    /// <summary>Starts the site and waits until it listens (it loads its catalog first).</summary>
    public static async Task<SiteProcess> StartAsync(string workingDirectory, params string[] arguments)
    {
        var site = new SiteProcess(workingDirectory, arguments);
        site._process.Start();
        site._process.BeginOutputReadLine();
        site._process.BeginErrorReadLine();
        // Listening, or exited (a start that failed says why at once instead of at the timeout).
        var exited = site._process.WaitForExitAsync();
        var first = await Task.WhenAny(site._address.Task, exited, Task.Delay(TimeSpan.FromSeconds(120)));
        if (first == site._address.Task) return site;
        await site.DisposeAsync();
        throw new InvalidOperationException($"The site did not start{(first == exited ? "" : " within two minutes")}: {site.Log}");
    }

    /// <summary>Where it listens, such as <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address => new(_address.Task.Result);

    /// <summary>SIGKILL: no shutdown, no flushing, no cleanup. Child processes (a git under way) are left to finish.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
        if (Listening().Match(line) is { Success: true } m) _address.TrySetResult(m.Groups[1].Value);
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
