using System.Runtime.Versioning;
using IopFinder.Core.Editing;
using static IopFinder.Core.Tests.Editing.EditForms;

namespace IopFinder.Core.Tests.Editing;

/// <summary>Saves into a real temporary git repository.</summary>
public class GitCommitTests
{
    private const string Id = "harbor-view-iop";

    [Fact]
    public async Task Submit_InRepository_CommitsFileAsPortalNamingListingAndFields()
    {
        using var content = new TempContent(git: true);
        var opened = content.Add(Id, ValidText());

        var result = await content.Editor.SubmitAsync(Id, opened, With(("contact.phone", ["617-555-0199"]), ("schedule[0].end", ["21:00"])));

        var saved = Assert.IsType<Saved>(result);
        Assert.Equal(GitStatus.Committed, saved.Git.Status);
        var log = content.Git("log", "-1", "--format=%an <%ae>|%cn <%ce>|%s|%H|%aI");
        Assert.Equal($"IopFinder portal <portal@iopfinder.invalid>|IopFinder portal <portal@iopfinder.invalid>|{Id}: schedule, contact.phone|{saved.Git.Commit}|2026-12-05T21:00:00+00:00\n", log);
        Assert.Equal($"content/programs/{Id}.md\n", content.Git("show", "--name-only", "--format=", "HEAD"));
        Assert.Empty(content.Git("status", "--porcelain"));
    }

    [Fact]
    public async Task Submit_OtherChangesStaged_CommitsOnlyTheListing()
    {
        using var content = new TempContent(git: true);
        var opened = content.Add(Id, ValidText());
        File.WriteAllText(Path.Combine(content.Root, "notes.txt"), "a maintainer's work in progress");
        content.Git("add", "notes.txt");

        var saved = Assert.IsType<Saved>(await content.Editor.SubmitAsync(Id, opened, With(("contact.phone", ["617-555-0199"]))));

        Assert.Equal(GitStatus.Committed, saved.Git.Status);
        Assert.Equal($"content/programs/{Id}.md\n", content.Git("show", "--name-only", "--format=", "HEAD"));
        Assert.Equal("A  notes.txt\n", content.Git("status", "--porcelain"));
    }

    [Fact]
    public async Task Submit_GitCannotCommit_KeepsSavedFileAndReportsFailure()
    {
        using var content = new TempContent(git: true);
        var opened = content.Add(Id, ValidText());
        // Another git command holding the index: git refuses to add while the lock exists.
        File.WriteAllText(Path.Combine(content.Root, ".git", "index.lock"), "");

        var saved = Assert.IsType<Saved>(await content.Editor.SubmitAsync(Id, opened, With(("contact.phone", ["617-555-0199"]))));

        Assert.Equal(GitStatus.Failed, saved.Git.Status);
        Assert.Contains("index.lock", saved.Git.Detail);
        Assert.Contains("617-555-0199", File.ReadAllText(content.PathOf(Id)));
    }

    [Fact]
    public async Task Commit_GitNotInstalled_ReportsFailureWithoutThrowing()
    {
        using var content = new TempContent(git: true);
        content.Add(Id, ValidText(), commit: false);
        var committer = new GitCommitter(new GitOptions { Program = "/nonexistent/git" }, TimeProvider.System);

        var outcome = await committer.CommitAsync(content.PathOf(Id), $"{Id}: contact.phone");

        Assert.Equal(GitStatus.Failed, outcome.Status);
        Assert.Contains("could not be started", outcome.Detail);
    }

    [Fact]
    public async Task Commit_FileAsCommitted_NeedsNoCommit()
    {
        using var content = new TempContent(git: true);
        content.Add(Id, ValidText());
        var committer = new GitCommitter(new GitOptions(), TimeProvider.System);

        var outcome = await committer.CommitAsync(content.PathOf(Id), $"{Id}: nothing");

        Assert.Equal(GitStatus.NothingToCommit, outcome.Status);
        Assert.Equal("2\n", content.Git("rev-list", "--count", "HEAD"));
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task Commit_GitHangs_IsStoppedAndReportedAsFailed()
    {
        using var content = new TempContent(git: true);
        content.Add(Id, ValidText(), commit: false);
        // A git that never answers (a stuck credential prompt, a hung hook): far longer than the limit below.
        var hanging = Path.Combine(content.Root, "hanging-git");
        File.WriteAllText(hanging, "#!/bin/sh\nexec sleep 300\n");
        File.SetUnixFileMode(hanging, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var committer = new GitCommitter(new GitOptions { Program = hanging, Timeout = TimeSpan.FromMilliseconds(200) }, TimeProvider.System);

        var outcome = await committer.CommitAsync(content.PathOf(Id), $"{Id}: contact.phone");

        Assert.Equal(GitStatus.Failed, outcome.Status);
        Assert.Equal("git took too long and was stopped", outcome.Detail);
    }
}
