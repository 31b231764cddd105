using System.Diagnostics;

namespace IopFinder.Core.Tests.Support;

/// <summary>Runs git for a test's own temporary repository (set-up and checks, never the code under test).</summary>
public static class TestGit
{
    /// <summary>Runs git in <paramref name="directory"/> and returns its output; fails the test when git fails.</summary>
    public static string Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
        return output;
    }
}
