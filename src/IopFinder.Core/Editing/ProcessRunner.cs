using System.Diagnostics;

namespace IopFinder.Core.Editing;

/// <summary>Runs a program with an argument list (no shell, so no quoting or injection), its own environment and a time limit.</summary>
internal static class ProcessRunner
{
    /// <summary>Runs and waits; a program still running after <paramref name="timeout"/> is killed with its children.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The program could not be started (not installed).</exception>
    public static async Task<ProcessResult> RunAsync(
        string program, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
            return new ProcessResult(-1, await output.ConfigureAwait(false), await error.ConfigureAwait(false), TimedOut: true);
        }
        return new ProcessResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false), TimedOut: false);
    }
}
