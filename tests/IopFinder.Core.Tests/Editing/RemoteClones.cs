using IopFinder.Core.Editing;
using IopFinder.Core.Tests.Checklist;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Editing;

/// <summary>
/// A bare repository in a temporary folder as the content remote, and two clones of it (two replicas), each with
/// the portal's save pipeline and a <see cref="ContentRemote"/> over its content folder. The remote starts with
/// two listings.
/// </summary>
public sealed class RemoteClones : IDisposable
{
    public const string Id = "harbor-view-iop";
    public const string OtherId = "beacon-view-iop";

    public RemoteClones()
    {
        Directory.CreateDirectory(Root);
        TestGit.Run(Root, "init", "--quiet", "--bare", "--initial-branch=main", RemotePath);
        var seed = Path.Combine(Root, "seed");
        TestGit.Run(Root, "clone", "--quiet", RemotePath, seed);
        Directory.CreateDirectory(Path.Combine(seed, "content", "programs"));
        File.WriteAllText(Path.Combine(seed, "content", "programs", Id + ".md"), EditForms.ValidText());
        File.WriteAllText(Path.Combine(seed, "content", "programs", OtherId + ".md"), EditForms.ValidText());
        TestGit.Run(seed, "add", "--all");
        TestGit.Run(seed, "-c", "user.name=Test Person", "-c", "user.email=person@example.com", "commit", "--quiet", "-m", "start");
        TestGit.Run(seed, "push", "--quiet", "origin", "main");
        A = new Replica(Root, RemotePath, "a");
        B = new Replica(Root, RemotePath, "b");
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "iopfinder-remote-" + Guid.NewGuid().ToString("N"));

    public string RemotePath => Path.Combine(Root, "remote.git");

    public Replica A { get; }

    public Replica B { get; }

    /// <summary>The file as the remote's main branch has it.</summary>
    public string OnRemote(string id) => TestGit.Run(RemotePath, "show", $"main:content/programs/{id}.md");

    /// <summary>Moves the remote away (unreachable) until the result is disposed.</summary>
    public IDisposable Unreachable()
    {
        Directory.Move(RemotePath, RemotePath + ".away");
        return new Restore(() => Directory.Move(RemotePath + ".away", RemotePath));
    }

    public void Dispose()
    {
        if (!Directory.Exists(Root)) return;
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(Root, recursive: true);
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    /// <summary>One replica's clone and its save pipeline.</summary>
    public sealed class Replica
    {
        public Replica(string root, string remote, string name)
        {
            Clone = Path.Combine(root, name);
            TestGit.Run(root, "clone", "--quiet", remote, Clone);
            var git = new GitOptions();
            Saver = new ListingSaver(Folder, EditForms.Texts, new GitCommitter(git, new FixedClock(TempContent.Now)));
            Editor = new ListingEditor(EditForms.Reader(), new ChangeSplitter(EditForms.Texts), Saver, EditForms.Texts);
            Remote = new ContentRemote(git, new FixedClock(TempContent.Now), "origin");
        }

        public string Clone { get; }

        public string Folder => Path.Combine(Clone, "content");

        public ListingSaver Saver { get; }

        public ListingEditor Editor { get; }

        public ContentRemote Remote { get; }

        public string PathOf(string id) => Path.Combine(Folder, "programs", id + ".md");

        /// <summary>Saves a new phone number for listing <paramref name="id"/> through the editor, as opened now (committed here, not pushed).</summary>
        public async Task<Saved> SavePhoneAsync(string id, string phone)
        {
            var result = await Editor.SubmitAsync(id, Saver.Open(id).Version, EditForms.With(("contact.phone", [phone])));
            var saved = Assert.IsType<Saved>(result);
            Assert.Equal(GitStatus.Committed, saved.Git.Status);
            return saved;
        }

        public string Git(params string[] arguments) => TestGit.Run(Clone, arguments);
    }
}
