using IopFinder.Core.Editing;
using IopFinder.Core.Tests.Checklist;

namespace IopFinder.Core.Tests.Editing;

/// <summary>Two clones of one bare remote in a temporary folder, saving, pushing and pulling with real git.</summary>
public class ContentRemoteTests
{
    private const string Id = RemoteClones.Id;

    [Fact]
    public async Task Push_SavedOnA_IsOnTheRemoteAndPullOnBBringsIt()
    {
        using var clones = new RemoteClones();
        await clones.A.SavePhoneAsync(Id, "617-555-0111");

        var pushed = await clones.A.Remote.PushAsync(clones.A.Folder);
        var pulled = await clones.B.Remote.PullAsync(clones.B.Folder);

        Assert.Equal(RemoteStatus.Synced, pushed.Status);
        Assert.Equal(0, pushed.Waiting);
        Assert.Contains("617-555-0111", clones.OnRemote(Id));
        Assert.Equal(RemoteStatus.Synced, pulled.Status);
        Assert.Equal([clones.B.PathOf(Id)], pulled.Changed);
        Assert.Contains("617-555-0111", File.ReadAllText(clones.B.PathOf(Id)));
        Assert.Equal(pushed.Head, pulled.Head);
    }

    [Fact]
    public async Task Push_RemoteMovedMeanwhile_ReplaysOnTopAndPushesBothEdits()
    {
        using var clones = new RemoteClones();
        await clones.B.SavePhoneAsync(RemoteClones.OtherId, "617-555-0122");
        await clones.B.Remote.PushAsync(clones.B.Folder);
        await clones.A.SavePhoneAsync(Id, "617-555-0111");

        var pushed = await clones.A.Remote.PushAsync(clones.A.Folder);

        Assert.Equal(RemoteStatus.Synced, pushed.Status);
        Assert.Empty(pushed.Conflicts);
        Assert.Equal(0, pushed.Waiting);
        Assert.Contains("617-555-0111", clones.OnRemote(Id));
        Assert.Contains("617-555-0122", clones.OnRemote(RemoteClones.OtherId));
        Assert.Contains(clones.A.PathOf(RemoteClones.OtherId), pushed.Changed);
        Assert.Contains("617-555-0122", File.ReadAllText(clones.A.PathOf(RemoteClones.OtherId)));
        // The remote's history is a line: B's commit, then A's replayed on top.
        Assert.Equal("3\n", clones.A.Git("rev-list", "--count", "origin/main"));
    }

    [Fact]
    public async Task Push_SameListingChangedOnRemote_KeepsTheRemoteVersionAndHandsBackMine()
    {
        using var clones = new RemoteClones();
        await clones.A.SavePhoneAsync(Id, "617-555-0111");
        await clones.B.SavePhoneAsync(Id, "617-555-0122");
        await clones.B.Remote.PushAsync(clones.B.Folder);

        var pushed = await clones.A.Remote.PushAsync(clones.A.Folder);

        var conflict = Assert.Single(pushed.Conflicts);
        Assert.Equal(clones.A.PathOf(Id), conflict.Path);
        Assert.Contains("617-555-0111", conflict.LocalText);
        Assert.Equal(0, pushed.Waiting);
        // Theirs serves in both clones and on the remote; mine is kept under a reference and shown beside it.
        Assert.Contains("617-555-0122", clones.OnRemote(Id));
        Assert.Contains("617-555-0122", File.ReadAllText(clones.A.PathOf(Id)));
        Assert.Contains("617-555-0111", clones.A.Git("show", $"{conflict.KeptAs}:content/programs/{Id}.md"));
        Assert.StartsWith(ContentRemote.ConflictRefs, conflict.KeptAs);
        var shown = clones.A.Saver.ConflictWith(Id, conflict.LocalText);
        Assert.Contains("617-555-0122", shown.DiskText);
        Assert.Contains("617-555-0111", shown.MyText);
        Assert.Equal(clones.A.Saver.Open(Id).Version, shown.DiskVersion);
        Assert.Equal(["contact"], shown.Changes.Select(c => c.Key));
        Assert.Empty(clones.A.Git("status", "--porcelain"));
    }

    [Fact]
    public async Task Push_RemoteUnreachable_KeepsTheCommitWaitingAndPushesItWhenBack()
    {
        using var clones = new RemoteClones();
        await clones.A.SavePhoneAsync(Id, "617-555-0111");

        RemoteSync away;
        using (clones.Unreachable())
        {
            away = await clones.A.Remote.PushAsync(clones.A.Folder);
        }
        var back = await clones.A.Remote.PushAsync(clones.A.Folder);

        Assert.Equal(RemoteStatus.Unreachable, away.Status);
        Assert.Equal(1, away.Waiting);
        Assert.Equal(TempContent.Now, away.WaitingSince);
        Assert.NotNull(away.Detail);
        Assert.Contains("617-555-0111", File.ReadAllText(clones.A.PathOf(Id)));
        Assert.Equal(RemoteStatus.Synced, back.Status);
        Assert.Equal(0, back.Waiting);
        Assert.Null(back.WaitingSince);
        Assert.Contains("617-555-0111", clones.OnRemote(Id));
    }

    [Fact]
    public async Task Pull_UnpushedCommitAndRemoteChanges_ReplaysTheCommitOnTop()
    {
        using var clones = new RemoteClones();
        await clones.B.SavePhoneAsync(RemoteClones.OtherId, "617-555-0122");
        await clones.B.Remote.PushAsync(clones.B.Folder);
        await clones.A.SavePhoneAsync(Id, "617-555-0111");

        var pulled = await clones.A.Remote.PullAsync(clones.A.Folder);

        Assert.Equal(RemoteStatus.Synced, pulled.Status);
        Assert.Equal(1, pulled.Waiting);
        Assert.Contains("617-555-0122", File.ReadAllText(clones.A.PathOf(RemoteClones.OtherId)));
        Assert.Contains("617-555-0111", File.ReadAllText(clones.A.PathOf(Id)));
        Assert.Equal(clones.A.Git("rev-parse", "origin/main"), clones.A.Git("rev-parse", "HEAD~1"));
    }

    [Fact]
    public async Task Pull_FolderInNoRepository_HasNothingToSync()
    {
        using var content = new TempContent();
        var remote = new ContentRemote(new GitOptions(), new FixedClock(TempContent.Now), "origin");

        var pulled = await remote.PullAsync(content.Folder);

        Assert.Equal(RemoteStatus.NotARepository, pulled.Status);
    }
}
