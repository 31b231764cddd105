using IopFinder.Core.Common;
using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Content;

public sealed class CatalogLoaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "iopfinder-loader-" + Guid.NewGuid().ToString("N"));

    public CatalogLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "programs"));
        File.Copy(Repo.TaxonomyFile, Path.Combine(_dir, "taxonomy.yml"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private Catalog Load() => new CatalogLoader(ZipTable.Default).Load(_dir, "content");

    [Fact]
    public void Load_BrokenListing_IsLeftOutAndReported_RestServes()
    {
        Write("programs/good.md", TestCatalog.FrontMatter("Good"));
        Write("programs/bad.md", TestCatalog.FrontMatter("Bad", "conditions: [depresion]"));
        var catalog = Load();
        Assert.Equal(["good"], catalog.Listings.Select(l => l.Id));
        var problem = Assert.Single(catalog.Problems);
        Assert.Equal("content/programs/bad.md:4: unknown conditions term 'depresion' (did you mean 'depression'?)", problem.ToString());
    }

    [Fact]
    public void Load_FileWithoutFrontMatter_IsReported()
    {
        Write("programs/plain.md", "Just a note.\n");
        var catalog = Load();
        Assert.Empty(catalog.Listings);
        Assert.StartsWith("content/programs/plain.md:1: no front matter", Assert.Single(catalog.Problems).ToString());
    }

    [Fact]
    public void Load_DuplicateIdInSubfolders_KeepsFirstAndReportsSecond()
    {
        Write("programs/a/same.md", TestCatalog.FrontMatter("First"));
        Write("programs/b/same.md", TestCatalog.FrontMatter("Second"));
        var catalog = Load();
        Assert.Equal("First", Assert.Single(catalog.Listings).Name);
        Assert.Contains("duplicate id 'same'", Assert.Single(catalog.Problems).Message);
    }

    [Fact]
    public void Load_SetsSourcePathRelativeToContent()
    {
        Write("programs/good.md", TestCatalog.FrontMatter("Good"));
        Assert.Equal("programs/good.md", Load().Listings[0].SourcePath);
    }

    [Fact]
    public void Load_RecordsWhenEachFileWasLastWritten()
    {
        Write("programs/good.md", TestCatalog.FrontMatter("Good"));
        var written = new DateTime(2026, 3, 4, 5, 6, 7, 890, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(_dir, "programs/good.md"), written);
        Assert.Equal(new DateTimeOffset(written), Load().Files["programs/good.md"].Modified);
    }

    [Fact]
    public void Load_MissingFolder_ThrowsWithClearMessage()
    {
        var e = Assert.Throws<CatalogLoadException>(() => new CatalogLoader(ZipTable.Default).Load(Path.Combine(_dir, "nope"), "nope"));
        Assert.Equal("nope: content folder not found", e.Problems.Single().ToString());
    }

    [Fact]
    public void Load_BrokenTaxonomy_Throws()
    {
        File.WriteAllText(Path.Combine(_dir, "taxonomy.yml"), "conditions: [unclosed\n");
        var e = Assert.Throws<CatalogLoadException>(Load);
        Assert.StartsWith("content/taxonomy.yml:", e.Problems.Single().ToString());
    }

    private Catalog Update(Catalog previous, params string[] changed) =>
        new CatalogLoader(ZipTable.Default).Update(previous, changed.Select(c => Path.Combine(_dir, c)));

    [Fact]
    public void Update_RereadsOnlyChangedFiles()
    {
        Write("programs/a.md", TestCatalog.FrontMatter("A"));
        Write("programs/b.md", TestCatalog.FrontMatter("B"));
        var first = Load();
        // b changes on disk but is not reported as changed: an update must not read it.
        Write("programs/a.md", TestCatalog.FrontMatter("A2"));
        Write("programs/b.md", TestCatalog.FrontMatter("B2"));
        var second = Update(first, "programs/a.md");
        Assert.Equal(["A2", "B"], second.Listings.Select(l => l.Name));
    }

    [Fact]
    public void Update_NewAndDeletedFilesAreNoticedEvenWithoutEvents()
    {
        Write("programs/a.md", TestCatalog.FrontMatter("A"));
        var first = Load();
        Write("programs/c.md", TestCatalog.FrontMatter("C"));
        File.Delete(Path.Combine(_dir, "programs/a.md"));
        Assert.Equal(["c"], Update(first).Listings.Select(l => l.Id));
    }

    [Fact]
    public void Update_BrokenListing_KeepsLastGoodVersionAndReportsTheProblem()
    {
        Write("programs/a.md", TestCatalog.FrontMatter("Good name"));
        var first = Load();
        Write("programs/a.md", TestCatalog.FrontMatter("Bad name", "conditions: [depresion]"));
        var second = Update(first, "programs/a.md");
        Assert.Equal("Good name", Assert.Single(second.Listings).Name);
        Assert.True(second.Files["programs/a.md"].KeepsLastGood);
        Assert.Contains("depresion", Assert.Single(second.Problems).Message);

        Write("programs/a.md", TestCatalog.FrontMatter("Fixed name"));
        var third = Update(second, "programs/a.md");
        Assert.Equal("Fixed name", Assert.Single(third.Listings).Name);
        Assert.Empty(third.Problems);
    }

    [Fact]
    public void Update_BrokenListing_KeepsTheWriteTimeOfTheVersionStillServed_AFixTakesItsOwn()
    {
        var path = Path.Combine(_dir, "programs/a.md");
        Write("programs/a.md", TestCatalog.FrontMatter("Good name"));
        File.SetLastWriteTimeUtc(path, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var first = Load();
        Write("programs/a.md", TestCatalog.FrontMatter("Bad name", "conditions: [depresion]"));
        File.SetLastWriteTimeUtc(path, new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        var second = Update(first, "programs/a.md");
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), second.Files["programs/a.md"].Modified);

        Write("programs/a.md", TestCatalog.FrontMatter("Fixed name"));
        File.SetLastWriteTimeUtc(path, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), Update(second, "programs/a.md").Files["programs/a.md"].Modified);
    }

    [Fact]
    public void Update_BrokenNewListing_IsLeftOut()
    {
        var first = Load();
        Write("programs/n.md", "no front matter");
        var second = Update(first, "programs/n.md");
        Assert.Empty(second.Listings);
        Assert.False(second.Files["programs/n.md"].KeepsLastGood);
    }

    [Fact]
    public void Update_ChangedTaxonomy_RevalidatesEveryListing_BrokenTaxonomyThrows()
    {
        Write("programs/a.md", TestCatalog.FrontMatter("A", "modalities: [tms]"));
        var first = Load();
        File.WriteAllText(Path.Combine(_dir, "taxonomy.yml"), File.ReadAllText(Repo.TaxonomyFile).Replace("  - id: tms\n", "  - id: transcranial\n"));
        var second = Update(first, "taxonomy.yml");
        Assert.Contains("unknown modalities term 'tms'", Assert.Single(second.Problems).Message);
        Assert.Single(second.Listings);

        File.WriteAllText(Path.Combine(_dir, "taxonomy.yml"), "conditions: [");
        Assert.Throws<CatalogLoadException>(() => Update(second, "taxonomy.yml"));
    }

    [Fact]
    public void Load_FolderGivenRelativeToWorkingDirectory_Works()
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Repo.Examples);
        var catalog = new CatalogLoader(ZipTable.Default).Load(relative);
        Assert.Empty(catalog.Problems);
        Assert.Equal("programs/harborview-example-iop.md", catalog.Listings.Single(l => l.Id == "harborview-example-iop").SourcePath);
    }

    [Fact]
    public void Load_ExampleCatalog_HasNoProblems()
    {
        var catalog = new CatalogLoader(ZipTable.Default).Load(Repo.Examples, "examples");
        Assert.Empty(catalog.Problems);
        Assert.True(catalog.Listings.Count >= 40, $"only {catalog.Listings.Count} listings");
    }
}
