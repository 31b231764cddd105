using System.ComponentModel;

namespace IopFinder.Core.Editing;

/// <summary>
/// Commits a saved listing file when its folder is inside a git repository, as the portal: author and
/// committer are set for each command, so neither the machine's git configuration nor the person who
/// saved appears in the history. Only the saved file is committed, whatever else is staged.
/// </summary>
public sealed class GitCommitter(GitOptions options, TimeProvider time)
{
    private readonly GitProcess _git = new(options, time);

    /// <summary>Commits <paramref name="file"/> with <paramref name="message"/>; failures are reported, never thrown.</summary>
    public async Task<GitOutcome> CommitAsync(string file, string message, CancellationToken cancellation = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (!GitProcess.InsideRepository(folder)) return new GitOutcome(GitStatus.NotARepository);
        try
        {
            var top = await _git.RunAsync(folder, "rev-parse", "--show-toplevel").ConfigureAwait(false);
            if (!top.Succeeded) return Failed(top);
            var root = top.Output.Trim();
            var relative = Path.GetRelativePath(root, Path.GetFullPath(file)).Replace('\\', '/');
            using var held = await GitProcess.Repositories.AcquireAsync(root, cancellation).ConfigureAwait(false);

            var add = await _git.RunAsync(root, "add", "--", relative).ConfigureAwait(false);
            if (!add.Succeeded) return Failed(add);
            var status = await _git.RunAsync(root, "status", "--porcelain", "--", relative).ConfigureAwait(false);
            if (!status.Succeeded) return Failed(status);
            if (status.Output.Trim().Length == 0) return new GitOutcome(GitStatus.NothingToCommit);
            // --only commits this file alone; --no-verify because a maintainer's local hooks must not block staff.
            var commit = await _git.RunAsync(root, "commit", "--only", "--no-verify", "--quiet", "-m", message, "--", relative).ConfigureAwait(false);
            if (!commit.Succeeded) return Failed(commit);
            var head = await _git.RunAsync(root, "rev-parse", "HEAD").ConfigureAwait(false);
            return new GitOutcome(GitStatus.Committed, head.Succeeded ? head.Output.Trim() : null);
        }
        catch (Win32Exception e)
        {
            return new GitOutcome(GitStatus.Failed, Detail: $"{options.Program} could not be started: {e.Message}", Reason: GitFailureReason.GitMissing);
        }
    }

    private static GitOutcome Failed(ProcessResult result) => new(GitStatus.Failed, Detail: GitProcess.Describe(result), Reason: GitProcess.ReasonOf(result));
}
