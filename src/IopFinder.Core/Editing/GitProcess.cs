using System.Globalization;

namespace IopFinder.Core.Editing;

/// <summary>
/// git as the portal runs it: author and committer set for each command (neither the machine's git configuration
/// nor the person who saved appears in the history), no prompt, no signing, and a time limit.
/// </summary>
internal sealed class GitProcess(GitOptions options, TimeProvider time)
{
    /// <summary>One git operation at a time per repository (commit, pull, push): git's index and HEAD are shared by every file in it.</summary>
    public static readonly KeyedLock Repositories = new();

    public GitOptions Options => options;

    /// <summary>Runs git in <paramref name="directory"/>.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">git could not be started.</exception>
    public Task<ProcessResult> RunAsync(string directory, params string[] arguments)
    {
        // git's own time format: seconds since 1970 and an offset; the clock is the portal's, so tests can fix it.
        var date = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + " +0000";
        var environment = new Dictionary<string, string?>
        {
            ["GIT_AUTHOR_NAME"] = options.Name,
            ["GIT_AUTHOR_EMAIL"] = options.Email,
            ["GIT_COMMITTER_NAME"] = options.Name,
            ["GIT_COMMITTER_EMAIL"] = options.Email,
            ["GIT_AUTHOR_DATE"] = date,
            ["GIT_COMMITTER_DATE"] = date,
            ["GIT_TERMINAL_PROMPT"] = "0",
            // A rebase that would open an editor for a message keeps the one it has.
            ["GIT_EDITOR"] = "true",
            // A repository named by the environment would not be the content folder's.
            ["GIT_DIR"] = null,
            ["GIT_WORK_TREE"] = null,
            ["GIT_INDEX_FILE"] = null,
        };
        // Signing would ask for a key the portal does not have.
        string[] settings = ["-c", "commit.gpgsign=false", "-c", $"user.name={options.Name}", "-c", $"user.email={options.Email}"];
        return ProcessRunner.RunAsync(options.Program, directory, [.. settings, .. arguments], environment, options.Timeout);
    }

    /// <summary>The repository's top folder, or null when the folder is in none (no process is started then).</summary>
    public async Task<string?> RootOfAsync(string folder)
    {
        if (!InsideRepository(folder)) return null;
        var top = await RunAsync(folder, "rev-parse", "--show-toplevel").ConfigureAwait(false);
        return top.Succeeded ? top.Output.Trim() : null;
    }

    /// <summary>A <c>.git</c> folder or file in the folder or above it.</summary>
    public static bool InsideRepository(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return true;
        }
        return false;
    }

    /// <summary>Why git failed, as far as its exit tells: too slow, a full disk, or something else.</summary>
    public static GitFailureReason ReasonOf(ProcessResult result) =>
        result.TimedOut ? GitFailureReason.TimedOut : DiskFull.InGitMessage(result.Error) ? GitFailureReason.DiskFull : GitFailureReason.Other;

    /// <summary>git's failure in words, for the log and the status page.</summary>
    public static string Describe(ProcessResult result) => result.TimedOut
        ? "git took too long and was stopped"
        : $"git exited with {result.ExitCode}: {result.Error.Trim()}";
}
