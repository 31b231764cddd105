using BenchmarkDotNet.Attributes;
using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Search;

namespace IopFinder.Benchmarks;

/// <summary>
/// What the site does before it can answer: read a content folder from disk and build the index, after
/// reading the ZIP table (the same file IopFinder.Core embeds). Three ways: parsing every file (a first
/// start), from the snapshot an earlier start left (every later start), and until the words are indexed
/// too (which the site does in the background while it already answers).
/// The folder is written once per run to a temporary directory, the snapshot once per run beside it.
/// Each operation takes up to seconds, so one warm-up and three measured operations are enough.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReadableSummary))]
[WarmupCount(1)]
[IterationCount(3)]
public class StartupBenchmarks
{
    private string _folder = "";
    private string _snapshots = "";

    [Params(10_000, 50_000)]
    public int Listings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"iopfinder-bench-{Listings}-{Environment.ProcessId}");
        SyntheticCatalog.WriteFolder(Listings, _folder);
        _snapshots = _folder + "-snapshots";
        var loader = new CatalogLoader(ZipTable.Load(ZipTablePath), _snapshots);
        loader.Load(_folder);
        loader.SnapshotWritten.Wait();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_snapshots, recursive: true);
    }

    [Benchmark(Description = "first start: ZIP table + parse every file + index for filters")]
    public int ParseAndIndex() => Start(null, words: false);

    [Benchmark(Description = "later starts: ZIP table + snapshot + index for filters")]
    public int SnapshotAndIndex() => Start(_snapshots, words: false);

    [Benchmark(Description = "later starts, until words are indexed too")]
    public int SnapshotIndexAndWords() => Start(_snapshots, words: true);

    private int Start(string? snapshots, bool words)
    {
        var zips = ZipTable.Load(ZipTablePath);
        var catalog = new CatalogLoader(zips, snapshots).Load(_folder);
        using var index = new CatalogIndex(catalog, zips);
        // A folder that loaded only in part would make a fast, wrong figure.
        if (index.Count != Listings) throw new InvalidOperationException($"{index.Count} of {Listings} listings loaded");
        if (snapshots is not null && catalog.Parsed != 0) throw new InvalidOperationException($"{catalog.Parsed} files parsed despite the snapshot");
        if (words) index.WordsReady.Wait();
        return index.Count;
    }

    private static string ZipTablePath => Path.Combine(SearchBenchmarks.RepoRoot(), "src", "IopFinder.Core", "Geo", "Data", "us-zips.tsv.gz");
}
