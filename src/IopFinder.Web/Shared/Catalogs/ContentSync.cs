using IopFinder.Core.Editing;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>
/// This replica's content clone and its remote (<c>Git:Remote</c>; off when empty). A save pulls first, so its
/// version check sees the newest version any replica saved, and pushes after its commit, then tells the other
/// replicas (<see cref="IContentSignal"/>). A save whose file the remote changed meanwhile comes back as a conflict
/// with both versions. An unreachable remote only delays: commits wait here and the next sync pushes them.
/// The live reload serves whatever a pull brings (the file watcher sees git's writes).
/// </summary>
public sealed class ContentSync(IOptions<ContentRemoteOptions> options, IOptions<CatalogOptions> catalog, IOptions<GitOptions> git,
    TimeProvider time, IContentSignal signal, ILogger<ContentSync> logger)
{
    // Pulls, saves and pushes of this process take turns: a rebase must never run under a save.
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ContentRemote? _remote = string.IsNullOrWhiteSpace(options.Value.Remote) ? null : new ContentRemote(git.Value, time, options.Value.Remote);
    private ContentRemoteState? _state;
    private GitFailure? _commitFailure;

    public bool Enabled => _remote is not null;

    /// <summary>Null when no remote is set.</summary>
    public ContentRemoteState? State => _remote is null ? null
        : Volatile.Read(ref _state) ?? new ContentRemoteState(options.Value.Remote, 0, null, null, []);

    /// <summary>
    /// The last save whose commit failed: its file is saved and served but not in the history. Kept after later commits,
    /// which commit their own file only.
    /// </summary>
    public GitFailure? CommitFailure => Volatile.Read(ref _commitFailure);

    private string Folder => catalog.Value.ContentPath;

    /// <summary>Pulls, then pushes what waits here: the periodic sync and the one a signal asks for.</summary>
    public async Task SyncAsync(CancellationToken cancellation)
    {
        if (_remote is null) return;
        await _turn.WaitAsync(cancellation);
        try
        {
            var pulled = Record(await _remote.PullAsync(Folder, cancellation), GitOperation.Pull);
            if (pulled.Status == RemoteStatus.Synced && pulled.Waiting > 0) await PushAsync(_remote);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Runs <paramref name="save"/> of listing <paramref name="id"/> between a pull and a push.</summary>
    public async Task<SaveResult> SaveAsync(string id, ListingSaver saver, Func<Task<SaveResult>> save, CancellationToken cancellation)
    {
        if (_remote is null) return Noted(await save());
        await _turn.WaitAsync(cancellation);
        try
        {
            // An unreachable remote does not stop the save: it is committed here and pushed later.
            Record(await _remote.PullAsync(Folder, cancellation), GitOperation.Pull);
            var result = Noted(await save());
            if (result is not Saved { Git.Status: GitStatus.Committed }) return result;
            var pushed = await PushAsync(_remote);
            var displaced = pushed.Conflicts.FirstOrDefault(c => Path.GetFileNameWithoutExtension(c.Path) == id);
            return displaced is null ? result : saver.ConflictWith(id, displaced.LocalText);
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task<RemoteSync> PushAsync(ContentRemote remote)
    {
        // Started once the file is committed: it runs to the end even if the request is gone.
        var pushed = Record(await remote.PushAsync(Folder, CancellationToken.None), GitOperation.Push);
        if (pushed.Status != RemoteStatus.Synced || pushed.Head is not { } head) return pushed;
        try
        {
            await signal.PublishAsync(head, CancellationToken.None);
        }
        catch (Exception e)
        {
            // Best effort: the other replicas' periodic pull brings the commit all the same.
            logger.LogWarning(e, "Could not tell the other replicas about commit {Commit}", head);
        }
        return pushed;
    }

    private SaveResult Noted(SaveResult result)
    {
        if (result is Saved { Git: { Status: GitStatus.Failed } git })
        {
            Volatile.Write(ref _commitFailure, new GitFailure(GitOperation.Commit, git.Reason ?? GitFailureReason.Other, time.GetUtcNow(), git.Detail));
        }
        return result;
    }

    private RemoteSync Record(RemoteSync sync, GitOperation operation)
    {
        var before = State!;
        foreach (var conflict in sync.Conflicts)
        {
            logger.LogWarning("An edit of {File} was displaced by the remote's change to the same file; it is kept as {Ref}", conflict.Path, conflict.KeptAs);
        }
        if (sync.Status is RemoteStatus.Unreachable or RemoteStatus.Failed)
        {
            logger.LogWarning("Content remote {Remote}: {Status}, {Waiting} commits wait to be pushed: {Detail}", before.Remote, sync.Status, sync.Waiting, sync.Detail);
        }
        var synced = sync.Status == RemoteStatus.Synced;
        Volatile.Write(ref _state, before with
        {
            Waiting = sync.Waiting,
            WaitingSince = sync.WaitingSince,
            LastSynced = synced ? time.GetUtcNow() : before.LastSynced,
            LastFailure = synced ? null : new GitFailure(operation, sync.Reason ?? GitFailureReason.Other, time.GetUtcNow(), sync.Detail),
            Displaced = [.. before.Displaced, .. sync.Conflicts.Select(c => c.KeptAs).Distinct()],
        });
        return sync;
    }
}
