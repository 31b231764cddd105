using IopFinder.Core.Tests.Support;

namespace IopFinder.Web.Tests.Manage.Replicas;

/// <summary>
/// A bare repository in a temporary folder holding the example catalog under <c>content/</c>, as the replicas'
/// content remote, and the clones made of it.
/// </summary>
public sealed class ContentRemoteFolder : IDisposable
{
    public ContentRemoteFolder()
    {
        Directory.CreateDirectory(Root);
        TestGit.Run(Root, "init", "--quiet", "--bare", "--initial-branch=main", RemotePath);
        var seed = Clone("seed");
        var source = Path.Combine(SiteFactory.RepoRoot, "tests", "fixtures", "example-catalog");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(seed, "content", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        TestGit.Run(seed, "add", "--all");
        TestGit.Run(seed, "-c", "user.name=Test Person", "-c", "user.email=person@example.com", "commit", "--quiet", "-m", "example catalog");
        TestGit.Run(seed, "push", "--quiet", "origin", "main");
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "iopfinder-replicas-" + Guid.NewGuid().ToString("N"));

    public string RemotePath => Path.Combine(Root, "remote.git");

    /// <summary>A new clone of the remote; returns its folder (the content is its <c>content/</c>).</summary>
    public string Clone(string name)
    {
        var folder = Path.Combine(Root, name);
        TestGit.Run(Root, "clone", "--quiet", RemotePath, folder);
        return folder;
    }

    /// <summary>Listing <paramref name="id"/> as the remote's main branch has it.</summary>
    public string OnRemote(string id) => TestGit.Run(RemotePath, "show", $"main:content/programs/{id}.md");

    /// <summary>Moves the remote away, as a network outage would hide it.</summary>
    public void GoAway() => Directory.Move(RemotePath, RemotePath + ".away");

    public void ComeBack() => Directory.Move(RemotePath + ".away", RemotePath);

    public void Dispose()
    {
        if (!Directory.Exists(Root)) return;
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(Root, recursive: true);
    }
}
