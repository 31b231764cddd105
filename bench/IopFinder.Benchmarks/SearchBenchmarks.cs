using IopFinder.Core.Filtering;
using BenchmarkDotNet.Attributes;
using IopFinder.Core.Geo;
using IopFinder.Core.Search;

namespace IopFinder.Benchmarks;

/// <summary>Searches on a 50,000-listing catalog: the whole path of a request, facets and distance included.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private CatalogIndex _index = null!;

    [Params(50_000)]
    public int Listings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var taxonomy = Path.Combine(RepoRoot(), "content", "taxonomy.yml");
        _index = new CatalogIndex(SyntheticCatalog.Create(Listings, taxonomy), ZipTable.Default);
        // Words are indexed in the background; the measured searches start once they are.
        _index.WordsReady.Wait();
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark(Description = "no filters (facets over everything)")]
    public int All() => _index.Search(new SearchQuery()).Total;

    [Benchmark(Description = "near 02139 + 2 filters + facets")]
    public int NearWithFilters() => _index.Search(new SearchQuery
    {
        Near = "02139",
        Terms = new Dictionary<string, IReadOnlyList<string>> { ["condition"] = ["depression"], ["insurance"] = ["medicaid"] },
        Times = ["evening"],
    }).Total;

    [Benchmark(Description = "text 'dbt family' + near + facets")]
    public int TextAndNear() => _index.Search(new SearchQuery { Text = "dbt family", Near = "10001", Radius = 50 }).Total;

    [Benchmark(Description = "typo 'depresion' + facets")]
    public int Typo() => _index.Search(new SearchQuery { Text = "depresion" }).Total;

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
