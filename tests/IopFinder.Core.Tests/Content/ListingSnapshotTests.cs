using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Content;

/// <summary>Parsed listings kept between starts: a start after another parses only what changed, and serves the same.</summary>
public sealed class ListingSnapshotTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "iopfinder-snapshot-content-" + Guid.NewGuid().ToString("N"));
    private readonly string _snapshots = Path.Combine(Path.GetTempPath(), "iopfinder-snapshot-" + Guid.NewGuid().ToString("N"));

    public ListingSnapshotTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "programs"));
        File.Copy(Repo.TaxonomyFile, Path.Combine(_dir, "taxonomy.yml"));
        Write("programs/boston.md", TestCatalog.FrontMatter("Boston Evening IOP", "conditions: [depression]",
            "accepting_new_patients: true", "openings_updated: 2026-11-02", "confirmed: {date: 2026-11-30, by: program}", TestCatalog.Schedule(TestCatalog.Track("mon, wed", "17:00", "20:00"))));
        Write("programs/worcester.md", TestCatalog.FrontMatter("Worcester IOP", "insurance: [medicaid]", TestCatalog.At("01608")));
        Write("programs/broken.md", TestCatalog.FrontMatter("Broken IOP", "conditions: [depresion]"));
    }

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        if (Directory.Exists(_snapshots)) Directory.Delete(_snapshots, recursive: true);
    }

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_dir, relative), text);

    /// <summary>A start of the site: a new loader, reading the snapshot the last one left.</summary>
    private Catalog Start()
    {
        var loader = new CatalogLoader(ZipTable.Default, _snapshots);
        var catalog = loader.Load(_dir, "content");
        loader.SnapshotWritten.Wait();
        return catalog;
    }

    private static IEnumerable<string> Written(Catalog catalog) => catalog.Listings.Select(ListingWriter.Write);

    [Fact]
    public void SecondStart_ParsesNothing_AndServesTheSameListingsAndProblems()
    {
        var first = Start();
        Assert.Equal(3, first.Parsed);
        var second = Start();
        Assert.Equal(0, second.Parsed);
        Assert.Equal(Written(first), Written(second));
        Assert.Equal(first.Problems, second.Problems);
        Assert.Equal("content/programs/broken.md:4: unknown conditions term 'depresion' (did you mean 'depression'?)", Assert.Single(second.Problems).ToString());
        Assert.Equal(first.Files["programs/boston.md"].Modified, second.Files["programs/boston.md"].Modified);
    }

    [Fact]
    public void EditedFile_IsParsedAgain_TheOthersAreNot()
    {
        Start();
        Write("programs/worcester.md", TestCatalog.FrontMatter("Worcester Morning IOP", "insurance: [medicaid, medicare]", TestCatalog.At("01608")));
        var after = Start();
        Assert.Equal(1, after.Parsed);
        Assert.Equal("Worcester Morning IOP", after.Listings.Single(l => l.Id == "worcester").Name);
    }

    [Fact]
    public void TouchedFile_WithTheSameContent_IsNotParsed()
    {
        Start();
        File.SetLastWriteTimeUtc(Path.Combine(_dir, "programs/boston.md"), DateTime.UtcNow.AddMinutes(5));
        var after = Start();
        Assert.Equal(0, after.Parsed);
        Assert.Equal(DateTime.UtcNow.AddMinutes(5), after.Files["programs/boston.md"].Modified!.Value.UtcDateTime, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void DeletedFile_LeavesTheCatalog()
    {
        Start();
        File.Delete(Path.Combine(_dir, "programs/worcester.md"));
        var after = Start();
        Assert.DoesNotContain(after.Listings, l => l.Id == "worcester");
        Assert.Equal(0, after.Parsed);
    }

    [Fact]
    public void ChangedTaxonomy_ParsesEverythingAgain()
    {
        Start();
        File.AppendAllText(Path.Combine(_dir, "taxonomy.yml"), "\n# a comment changes the file\n");
        Assert.Equal(3, Start().Parsed);
    }

    [Fact]
    public void UnreadableSnapshot_IsIgnored()
    {
        var first = Start();
        foreach (var file in Directory.GetFiles(_snapshots)) File.WriteAllText(file, "{ not a snapshot");
        var second = Start();
        Assert.Equal(3, second.Parsed);
        Assert.Equal(Written(first), Written(second));
    }

    [Fact]
    public void SecondStart_FromTheSnapshot_KeepsTermsConfirmationOpeningsAndTheKeyOfEachProblem()
    {
        var first = Start();
        var second = Start();
        Assert.Equal(0, second.Parsed);
        var boston = second.Listings.Single(l => l.Id == "boston");
        Assert.Equal(first.Listings.Single(l => l.Id == "boston").Terms, boston.Terms);
        Assert.Equal(new IopFinder.Core.Listings.Confirmation(new DateOnly(2026, 11, 30), IopFinder.Core.Listings.ConfirmedBy.Program), boston.Confirmed);
        Assert.Equal(new DateOnly(2026, 11, 2), boston.OpeningsUpdated);
        Assert.Equal("conditions", Assert.Single(second.Files.Values.Single(f => f.Served is null).Problems).Field);
        Assert.Equal(Written(first), Written(second));
    }

    [Fact]
    public void OneSnapshotPerFolder_AnOlderOneIsRemoved()
    {
        Start();
        File.AppendAllText(Path.Combine(_dir, "taxonomy.yml"), "\n# another taxonomy version\n");
        Start();
        Assert.Single(Directory.GetFiles(_snapshots, "listings-*.bin"));
    }

    [Fact]
    public void NoSnapshotFolder_ParsesEveryTime()
    {
        var loader = new CatalogLoader(ZipTable.Default);
        Assert.Equal(3, loader.Load(_dir, "content").Parsed);
        Assert.Equal(3, new CatalogLoader(ZipTable.Default).Load(_dir, "content").Parsed);
    }

    [Fact]
    public void SnapshotFormat_CarriesEveryPropertyOfAListing()
    {
        var settable = typeof(IopFinder.Core.Listings.Listing).GetProperties().Where(p => p.CanWrite).Select(p => p.Name);
        Assert.Equal(settable.Order(), SnapshotFormat.ListingProperties.Order());
        Assert.Equal(SnapshotFormat.ListCount, SnapshotFormat.Lists(new IopFinder.Core.Listings.Listing { Id = "x", Name = "x" }).Count());
    }

    [Theory]
    [InlineData("example")]
    [InlineData("national")]
    public void SnapshotFormat_RoundTripsEveryListingAndProblem_Exactly(string catalogName)
    {
        var content = catalogName == "example" ? Path.Combine(Repo.Root, "tests", "fixtures", "example-catalog") : Repo.Content;
        var catalog = new CatalogLoader(ZipTable.Default).Load(content, "content");
        var entries = catalog.Files.Values.Select((f, i) => new SnapshotEntry(f.RelativePath, i, i * 7L, $"hash{i}", f with { Hash = $"h{i}" })).ToList();
        using var stream = new MemoryStream();
        SnapshotWriter.Write(stream, entries);
        stream.Position = 0;
        var read = SnapshotReader.Read(stream);
        // Every public property, nested ones too, as a serializer that knows nothing of the format sees them.
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(entries), System.Text.Json.JsonSerializer.Serialize(read));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3, 4, 5 })]
    [InlineData(new byte[] { 28, 73, 111, 112, 70, 105, 110, 100, 101, 114, 32, 108, 105, 115, 116, 105, 110, 103, 32, 115, 110, 97, 112, 115, 104, 111, 116, 32, 49, 255, 255, 255, 127 })]
    public void SnapshotReader_RefusesWhatItDidNotWrite(byte[] bytes)
    {
        var error = Record.Exception(() => SnapshotReader.Read(new MemoryStream(bytes)));
        Assert.True(error is InvalidDataException or EndOfStreamException, error?.GetType().Name);
    }

    [Fact]
    public void TruncatedSnapshot_IsIgnored()
    {
        var first = Start();
        foreach (var file in Directory.GetFiles(_snapshots))
        {
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        }
        var second = Start();
        Assert.Equal(3, second.Parsed);
        Assert.Equal(Written(first), Written(second));
    }

    [Fact]
    public void DamagedSnapshot_OneCharacterChanged_IsParsedAgain_NeverServed()
    {
        var first = Start();
        var files = Directory.GetFiles(_snapshots);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            // A flipped byte inside a name still reads as a snapshot; only the checksum tells it from the real one.
            var bytes = File.ReadAllBytes(file);
            var at = bytes.AsSpan().IndexOf("Boston Evening"u8);
            Assert.NotEqual(-1, at);
            bytes[at + 4] = (byte)'a';
            File.WriteAllBytes(file, bytes);
        }
        var second = Start();
        Assert.Equal(3, second.Parsed);
        Assert.Equal(Written(first), Written(second));
        Assert.Contains(second.Listings, l => l.Name == "Boston Evening IOP");
    }

    [Fact]
    public void TemporaryFile_OfAWriterThatWasKilled_IsRemovedByTheNextStart_ALiveWritersIsNot()
    {
        Start();
        var snapshot = Assert.Single(Directory.GetFiles(_snapshots));
        // A process id no process can have, and this process's own (a write under way).
        var killed = $"{snapshot}.{int.MaxValue}.{Guid.NewGuid():N}.tmp";
        var live = $"{snapshot}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(killed, "half a snapsh");
        File.WriteAllText(live, "being written");

        // Nothing changed, so nothing is written: the start itself tidies.
        Assert.Equal(0, Start().Parsed);

        Assert.False(File.Exists(killed));
        Assert.True(File.Exists(live));
    }
}
