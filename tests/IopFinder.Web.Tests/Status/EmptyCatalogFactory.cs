namespace IopFinder.Web.Tests.Status;

/// <summary>A site on a catalog that lists no program: it serves, but a monitor should hear about it.</summary>
public sealed class EmptyCatalogFactory : SiteFactory
{
    public EmptyCatalogFactory()
    {
        Directory.CreateDirectory(Path.Combine(Dir, "programs"));
        File.Copy(Path.Combine(RepoRoot, "content", "taxonomy.yml"), Path.Combine(Dir, "taxonomy.yml"));
    }

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "iopfinder-empty-" + Guid.NewGuid().ToString("N"));

    public override string ContentPath => Dir;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
    }
}
