namespace IopFinder.Web.Tests.Shared;

/// <summary>A writable copy of the example catalog, for tests that change, save into or take away the content folder.</summary>
public static class ExampleCatalogCopy
{
    /// <summary>Copies every file of tests/fixtures/example-catalog into <paramref name="folder"/>.</summary>
    public static void To(string folder)
    {
        var source = Path.Combine(SiteFactory.RepoRoot, "tests", "fixtures", "example-catalog");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
