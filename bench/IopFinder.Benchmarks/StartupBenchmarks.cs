using BenchmarkDotNet.Attributes;
using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Search;

namespace IopFinder.Benchmarks;

/// <summary>
/// What the site does before it can answer: read a content folder from disk (front matter, validation,
/// derivation) and build the index, after reading the ZIP table (the same file IopFinder.Core embeds).
/// The folder is written once per run to a temporary directory.
/// Each operation takes seconds, so one warm-up and three measured operations are enough.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReadableSummary))]
[WarmupCount(1)]
[IterationCount(3)]
public class StartupBenchmarks
{
    private string _folder = "";

    [Params(10_000, 50_000)]
    public int Listings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"iopfinder-bench-{Listings}-{Environment.ProcessId}");
        SyntheticCatalog.WriteFolder(Listings, _folder);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "ZIP table + load folder + build index")]
    public int LoadAndIndex()
    {
        var zips = ZipTable.Load(ZipTablePath);
        var catalog = new CatalogLoader(zips).Load(_folder);
        using var index = new CatalogIndex(catalog, zips);
        // A folder that loaded only in part would make a fast, wrong figure.
        if (index.Count != Listings) throw new InvalidOperationException($"{index.Count} of {Listings} listings loaded");
        return index.Count;
    }

    private static string ZipTablePath => Path.Combine(SearchBenchmarks.RepoRoot(), "src", "IopFinder.Core", "Geo", "Data", "us-zips.tsv.gz");
}
