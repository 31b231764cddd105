using System.ComponentModel;
using System.Globalization;

namespace IopFinder.Core.Editing;

/// <summary>
/// Keeps a clone of the content repository in step with its remote, as the portal (<see cref="GitProcess"/>).
/// A pull fetches and moves the clone to the remote's commits, replaying commits made here on top; a push
/// that loses a race pulls and tries again. When the remote changed a file that a commit made here changed
/// too, the remote's version stays and the commit is handed back as a <see cref="RemoteConflict"/> (and kept
/// under a reference), so neither version is lost. Failures are reported, never thrown.
/// </summary>
/// <param name="options">The git program, its time limit and the portal's identity.</param>
/// <param name="time">The clock for commit dates.</param>
/// <param name="remote">The remote's name in the clone (<c>origin</c>).</param>
public sealed class ContentRemote(GitOptions options, TimeProvider time, string remote)
{
    /// <summary>Where commits displaced by the remote's are kept.</summary>
    public const string ConflictRefs = "refs/iopfinder/conflicts/";

    // Each lost race means someone else pushed in between: a few tries settle all but a stampede.
    private const int PushTries = 4;

    private readonly GitProcess _git = new(options, time);

    /// <summary>Fetches and brings the clone of <paramref name="folder"/> up to the remote's commits.</summary>
    public Task<RemoteSync> PullAsync(string folder, CancellationToken cancellation = default) =>
        LockedAsync(folder, clone => PullCoreAsync(clone, []), cancellation);

    /// <summary>Pushes the commits made here, pulling and trying again when the remote moved meanwhile.</summary>
    public Task<RemoteSync> PushAsync(string folder, CancellationToken cancellation = default) =>
        LockedAsync(folder, PushCoreAsync, cancellation);

    private async Task<RemoteSync> LockedAsync(string folder, Func<Clone, Task<RemoteSync>> work, CancellationToken cancellation)
    {
        try
        {
            var root = await _git.RootOfAsync(Path.GetFullPath(folder)).ConfigureAwait(false);
            if (root is null) return RemoteSync.NotARepository;
            using var held = await GitProcess.Repositories.AcquireAsync(root, cancellation).ConfigureAwait(false);
            var branch = await _git.RunAsync(root, "symbolic-ref", "--quiet", "--short", "HEAD").ConfigureAwait(false);
            if (!branch.Succeeded) return new RemoteSync(RemoteStatus.Failed, [], [], 0, null, null, "the content clone is not on a branch", GitFailureReason.NotOnBranch);
            return await work(new Clone(root, branch.Output.Trim(), $"refs/remotes/{remote}/{branch.Output.Trim()}")).ConfigureAwait(false);
        }
        catch (Win32Exception e)
        {
            return new RemoteSync(RemoteStatus.Failed, [], [], 0, null, null, $"{options.Program} could not be started: {e.Message}", GitFailureReason.GitMissing);
        }
    }

    private async Task<RemoteSync> PushCoreAsync(Clone clone)
    {
        var conflicts = new List<RemoteConflict>();
        var changed = new List<string>();
        for (var attempt = 0; attempt < PushTries; attempt++)
        {
            if (await CountAsync(clone, await RangeAsync(clone).ConfigureAwait(false)).ConfigureAwait(false) == 0) break;
            var push = await _git.RunAsync(clone.Root, "push", "--quiet", remote, $"HEAD:refs/heads/{clone.Branch}").ConfigureAwait(false);
            if (push.Succeeded) return await ResultAsync(clone, RemoteStatus.Synced, changed, conflicts).ConfigureAwait(false);
            // Rejected because the remote moved, or unreachable: the pull tells which.
            var pulled = await PullCoreAsync(clone, conflicts).ConfigureAwait(false);
            changed.AddRange(pulled.Changed);
            if (pulled.Status != RemoteStatus.Synced) return pulled with { Changed = changed };
        }
        var waiting = await ResultAsync(clone, RemoteStatus.Synced, changed, conflicts).ConfigureAwait(false);
        return waiting.Waiting == 0 ? waiting : waiting with { Status = RemoteStatus.Failed, Detail = $"the remote moved during each of {PushTries} pushes", Reason = GitFailureReason.RemoteKeptMoving };
    }

    private async Task<RemoteSync> PullCoreAsync(Clone clone, List<RemoteConflict> conflicts)
    {
        var fetch = await _git.RunAsync(clone.Root, "fetch", "--quiet", remote).ConfigureAwait(false);
        if (!fetch.Succeeded)
        {
            // A fetch that fails for no reason of this machine's (too slow, a full disk) is a remote out of reach.
            var reason = GitProcess.ReasonOf(fetch);
            var why = reason == GitFailureReason.Other ? GitFailureReason.Unreachable : reason;
            return await ResultAsync(clone, RemoteStatus.Unreachable, [], conflicts, (GitProcess.Describe(fetch), why)).ConfigureAwait(false);
        }
        if (!await HasUpstreamAsync(clone).ConfigureAwait(false)) return await ResultAsync(clone, RemoteStatus.Synced, [], conflicts).ConfigureAwait(false);

        var before = await HeadAsync(clone).ConfigureAwait(false);
        var moved = await CountAsync(clone, clone.Upstream + "..HEAD").ConfigureAwait(false) == 0
            ? await _git.RunAsync(clone.Root, "merge", "--ff-only", "--quiet", clone.Upstream).ConfigureAwait(false)
            : await _git.RunAsync(clone.Root, "rebase", "--quiet", clone.Upstream).ConfigureAwait(false);
        while (!moved.Succeeded)
        {
            var unmerged = await LinesAsync(clone, "diff", "--name-only", "--diff-filter=U").ConfigureAwait(false);
            if (unmerged.Count == 0)
            {
                // Stopped for another reason (a change not committed): back to where the pull started.
                await _git.RunAsync(clone.Root, "rebase", "--abort").ConfigureAwait(false);
                return await ResultAsync(clone, RemoteStatus.Failed, [], conflicts, (GitProcess.Describe(moved), GitProcess.ReasonOf(moved))).ConfigureAwait(false);
            }
            conflicts.AddRange(await KeepAsync(clone, unmerged).ConfigureAwait(false));
            // The remote's version stays; the commit made here is kept aside, and the rest are replayed.
            moved = await _git.RunAsync(clone.Root, "rebase", "--skip").ConfigureAwait(false);
        }
        var after = await HeadAsync(clone).ConfigureAwait(false);
        var changed = before is null || after is null || before == after ? [] : await LinesAsync(clone, "diff", "--name-only", before, after).ConfigureAwait(false);
        return await ResultAsync(clone, RemoteStatus.Synced, [.. changed.Select(p => Path.GetFullPath(Path.Combine(clone.Root, p)))], conflicts)
            .ConfigureAwait(false);
    }

    /// <summary>The commit being replayed, kept under a reference, with its version of each file in conflict.</summary>
    private async Task<IEnumerable<RemoteConflict>> KeepAsync(Clone clone, IReadOnlyList<string> unmerged)
    {
        var commit = (await _git.RunAsync(clone.Root, "rev-parse", "REBASE_HEAD").ConfigureAwait(false)).Output.Trim();
        var kept = ConflictRefs + commit;
        await _git.RunAsync(clone.Root, "update-ref", kept, commit).ConfigureAwait(false);
        var found = new List<RemoteConflict>();
        foreach (var path in unmerged)
        {
            var mine = await _git.RunAsync(clone.Root, "show", $"{commit}:{path}").ConfigureAwait(false);
            found.Add(new RemoteConflict(Path.GetFullPath(Path.Combine(clone.Root, path)), mine.Succeeded ? mine.Output : null, commit, kept));
        }
        return found;
    }

    private async Task<RemoteSync> ResultAsync(Clone clone, RemoteStatus status, IReadOnlyList<string> changed, List<RemoteConflict> conflicts,
        (string Detail, GitFailureReason Reason)? failure = null)
    {
        var range = await RangeAsync(clone).ConfigureAwait(false);
        var times = await LinesAsync(clone, "log", "--reverse", "--format=%ct", range).ConfigureAwait(false);
        DateTimeOffset? since = times.Count == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(long.Parse(times[0], CultureInfo.InvariantCulture));
        return new RemoteSync(status, changed, [.. conflicts], times.Count, since, await HeadAsync(clone).ConfigureAwait(false), failure?.Detail, failure?.Reason);
    }

    /// <summary>The commits the remote does not have: all of them before its branch exists.</summary>
    private async Task<string> RangeAsync(Clone clone) => await HasUpstreamAsync(clone).ConfigureAwait(false) ? clone.Upstream + "..HEAD" : "HEAD";

    private async Task<bool> HasUpstreamAsync(Clone clone) =>
        (await _git.RunAsync(clone.Root, "rev-parse", "--quiet", "--verify", clone.Upstream).ConfigureAwait(false)).Succeeded;

    private async Task<string?> HeadAsync(Clone clone)
    {
        var head = await _git.RunAsync(clone.Root, "rev-parse", "--quiet", "--verify", "HEAD").ConfigureAwait(false);
        return head.Succeeded ? head.Output.Trim() : null;
    }

    private async Task<int> CountAsync(Clone clone, string range) =>
        (await LinesAsync(clone, "rev-list", range).ConfigureAwait(false)).Count;

    private async Task<IReadOnlyList<string>> LinesAsync(Clone clone, params string[] arguments)
    {
        var result = await _git.RunAsync(clone.Root, arguments).ConfigureAwait(false);
        return result.Succeeded ? result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
    }

    /// <summary>The clone's top folder, its branch and the remote's copy of that branch.</summary>
    private sealed record Clone(string Root, string Branch, string Upstream);
}
