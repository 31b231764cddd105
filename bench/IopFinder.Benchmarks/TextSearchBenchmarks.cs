using BenchmarkDotNet.Attributes;
using IopFinder.Core.Geo;
using IopFinder.Core.Search;

namespace IopFinder.Benchmarks;

/// <summary>
/// Text searches as people type them: common words, two or three of them, typos, and words with a
/// place and filters. Each goes the whole way a request does in process: the query string is parsed,
/// then searched, with every facet count, distance and one page of results.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReadableSummary))]
public class TextSearchBenchmarks
{
    private CatalogIndex _index = null!;
    private SearchQueryParser _parser = null!;

    [Params(10_000, 50_000)]
    public int Listings { get; set; }

    /// <summary>Query strings as the search page sends them.</summary>
    public static IEnumerable<string> Queries =>
    [
        "q=family+therapy",
        "q=group+support+evening",
        "q=depression+anxiety",
        "q=depresion",
        "q=anxeity+therapy",
        "q=familly",
        "q=family+therapy&near=02139&radius=50&condition=depression&insurance=medicaid",
        "q=depresion+group&near=10001&radius=100&time=evening&page=2",
    ];

    [GlobalSetup]
    public void Setup()
    {
        var taxonomy = Path.Combine(SearchBenchmarks.RepoRoot(), "content", "taxonomy.yml");
        _index = new CatalogIndex(SyntheticCatalog.Create(Listings, taxonomy), ZipTable.Default);
        // Words are indexed in the background; the measured searches start once they are.
        _index.WordsReady.Wait();
        _parser = new SearchQueryParser(_index.Catalog.Taxonomy);
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public int Text(string query) => _index.Search(_parser.Parse(QueryString.Pairs(query)).Query).Total;
}
