using System.ComponentModel;
using System.Globalization;

namespace IopFinder.Core.Editing;

/// <summary>
/// Commits a saved listing file when its folder is inside a git repository, as the portal: author and
/// committer are set for each command, so neither the machine's git configuration nor the person who
/// saved appears in the history. Only the saved file is committed, whatever else is staged.
/// </summary>
public sealed class GitCommitter(GitOptions options, TimeProvider time)
{
    // One commit at a time per repository: git's index is shared by every file in it.
    private static readonly KeyedLock Repositories = new();

    /// <summary>Commits <paramref name="file"/> with <paramref name="message"/>; failures are reported, never thrown.</summary>
    public async Task<GitOutcome> CommitAsync(string file, string message, CancellationToken cancellation = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (!InsideRepository(folder)) return new GitOutcome(GitStatus.NotARepository);
        try
        {
            var top = await Git(folder, "rev-parse", "--show-toplevel").ConfigureAwait(false);
            if (!top.Succeeded) return Failed(top);
            var root = top.Output.Trim();
            var relative = Path.GetRelativePath(root, Path.GetFullPath(file)).Replace('\\', '/');
            using var held = await Repositories.AcquireAsync(root, cancellation).ConfigureAwait(false);

            var add = await Git(root, "add", "--", relative).ConfigureAwait(false);
            if (!add.Succeeded) return Failed(add);
            var status = await Git(root, "status", "--porcelain", "--", relative).ConfigureAwait(false);
            if (!status.Succeeded) return Failed(status);
            if (status.Output.Trim().Length == 0) return new GitOutcome(GitStatus.NothingToCommit);
            // --only commits this file alone; --no-verify because a maintainer's local hooks must not block staff.
            var commit = await Git(root, "commit", "--only", "--no-verify", "--quiet", "-m", message, "--", relative).ConfigureAwait(false);
            if (!commit.Succeeded) return Failed(commit);
            var head = await Git(root, "rev-parse", "HEAD").ConfigureAwait(false);
            return new GitOutcome(GitStatus.Committed, head.Succeeded ? head.Output.Trim() : null);
        }
        catch (Win32Exception e)
        {
            return new GitOutcome(GitStatus.Failed, Detail: $"{options.Program} could not be started: {e.Message}");
        }
    }

    /// <summary>A <c>.git</c> folder or file in the folder or above it; no process is started for a folder outside any repository.</summary>
    private static bool InsideRepository(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return true;
        }
        return false;
    }

    private Task<ProcessResult> Git(string directory, params string[] arguments)
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
            // A repository named by the environment would not be the content folder's.
            ["GIT_DIR"] = null,
            ["GIT_WORK_TREE"] = null,
            ["GIT_INDEX_FILE"] = null,
        };
        // Signing would ask for a key the portal does not have.
        string[] settings = ["-c", "commit.gpgsign=false", "-c", $"user.name={options.Name}", "-c", $"user.email={options.Email}"];
        return ProcessRunner.RunAsync(options.Program, directory, [.. settings, .. arguments], environment, options.Timeout);
    }

    private static GitOutcome Failed(ProcessResult result) => new(GitStatus.Failed, Detail: result.TimedOut
        ? "git took too long and was stopped"
        : $"git exited with {result.ExitCode}: {result.Error.Trim()}");
}
