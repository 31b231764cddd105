using IopFinder.Core.Editing;
using IopFinder.Core.Tests.Checklist;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Editing;

/// <summary>A content folder in a temporary directory, optionally a git repository, with the portal's save pipeline over it.</summary>
public sealed class TempContent : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 5, 21, 0, 0, TimeSpan.Zero);

    public TempContent(bool git = false)
    {
        Directory.CreateDirectory(Programs);
        if (git)
        {
            Git("init", "--quiet", "--initial-branch=main");
            // The test's own commits use a test identity, so the portal's identity can only come from the portal.
            Git("-c", "user.name=Test Person", "-c", "user.email=person@example.com", "commit", "--quiet", "--allow-empty", "-m", "start");
        }
        Saver = new ListingSaver(Folder, EditForms.Texts, new GitCommitter(new GitOptions(), new FixedClock(Now)));
        Editor = new ListingEditor(EditForms.Reader(), new ChangeSplitter(EditForms.Texts), Saver, EditForms.Texts);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "iopfinder-edit-" + Guid.NewGuid().ToString("N"));

    public string Folder => Path.Combine(Root, "content");

    public string Programs => Path.Combine(Folder, "programs");

    public ListingSaver Saver { get; }

    public ListingEditor Editor { get; }

    public string PathOf(string id) => Path.Combine(Programs, id + ".md");

    /// <summary>Puts a listing file in place (committed when the folder is a repository) and returns its version.</summary>
    public string Add(string id, string text, bool commit = true)
    {
        File.WriteAllText(PathOf(id), text);
        if (commit && Directory.Exists(Path.Combine(Root, ".git")))
        {
            Git("add", "--all");
            Git("-c", "user.name=Test Person", "-c", "user.email=person@example.com", "commit", "--quiet", "-m", "add " + id);
        }
        return Saver.Open(id).Version;
    }

    /// <summary>Runs git in the repository and returns its output; fails the test when git fails.</summary>
    public string Git(params string[] arguments) => TestGit.Run(Root, arguments);

    public void Dispose()
    {
        if (!Directory.Exists(Root)) return;
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(Root, recursive: true);
    }
}
