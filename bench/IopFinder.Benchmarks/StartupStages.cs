using IopFinder.Core.Filtering;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Benchmarks;

/// <summary>
/// Times each stage of start-up on a content folder in the order the site runs them (the loader in
/// parallel, as the site does; parsing every file as a first start does, and from the snapshot as every later start
/// does), then the loader's own stages one after another on one thread; all
/// twice in one process: the first pass pays for JIT compilation as a starting site does, the second
/// shows the work alone.
/// Usage: ... -- stages DIR (a folder written by the generate command)
/// </summary>
public static class StartupStages
{
    public static void Run(string dir)
    {
        // The snapshot every later start reads, written once before the timed passes.
        var snapshots = Path.Combine(Path.GetTempPath(), $"iopfinder-stages-{Environment.ProcessId}");
        var writer = new CatalogLoader(ZipTable.Default, snapshots);
        writer.Load(dir);
        writer.SnapshotWritten.Wait();
        try
        {
            Console.WriteLine("stage\tfirst pass ms\tsecond pass ms");
            var first = Pass(dir, snapshots);
            var second = Pass(dir, snapshots);
            foreach (var (stage, ms) in first)
            {
                Console.WriteLine($"{stage}\t{ms:F0}\t{second.First(s => s.Stage == stage).Ms:F0}");
            }
            Memory(dir, null, "parsed");
            Memory(dir, snapshots, "from the snapshot");
        }
        finally
        {
            Directory.Delete(snapshots, recursive: true);
        }
    }

    /// <summary>What stays on the managed heap: the loaded catalog, then the index built from it.</summary>
    private static void Memory(string dir, string? snapshots, string how)
    {
        var zips = ZipTable.Default;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var catalog = new CatalogLoader(zips, snapshots).Load(dir);
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var loaded = GC.GetTotalMemory(forceFullCollection: true);
        using var index = new CatalogIndex(catalog, zips);
        var indexed = GC.GetTotalMemory(forceFullCollection: true);
        var info = GC.GetGCMemoryInfo();
        Console.WriteLine($"{how}: allocated while loading {allocated / 1048576.0:F0} MB; " +
            $"live managed memory: catalog {(loaded - before) / 1048576.0:F0} MB (Catalog: listings, files, problems), " +
            $"index {(indexed - loaded) / 1048576.0:F0} MB (CatalogIndex: Lucene RAMDirectory, column table); " +
            $"GC heap {info.HeapSizeBytes / 1048576.0:F0} MB, committed {info.TotalCommittedBytes / 1048576.0:F0} MB; " +
            $"process working set {Environment.WorkingSet / 1048576.0:F0} MB; {index.Count} listings");
    }

    private static List<(string Stage, double Ms)> Pass(string dir, string snapshots)
    {
        var stages = new List<(string, double)>();
        var clock = Stopwatch.StartNew();
        T Time<T>(string stage, Func<T> work)
        {
            clock.Restart();
            var result = work();
            stages.Add((stage, clock.Elapsed.TotalMilliseconds));
            return result;
        }

        var zips = Time("ZIP table (read the gzip TSV)", () => ZipTable.Load(Path.Combine(SearchBenchmarks.RepoRoot(), "src", "IopFinder.Core", "Geo", "Data", "us-zips.tsv.gz")));
        var taxonomy = Time("taxonomy.yml", () => TaxonomyLoader.Load(Path.Combine(dir, CatalogLoader.TaxonomyFile), CatalogLoader.TaxonomyFile).Taxonomy!);
        var catalog = Time("CatalogLoader.Load (parallel, as the site)", () => new CatalogLoader(zips).Load(dir));
        Time("CatalogLoader.Load from the snapshot (every later start)", () => new CatalogLoader(zips, snapshots).Load(dir));
        var index = Time("new CatalogIndex (Lucene + column table)", () => new CatalogIndex(catalog, zips));
        // The web host hashes what it serves at every load (CatalogStore's fingerprint): this is the same work.
        Time("fingerprint (ListingWriter per listing + SHA-256)", () => Fingerprint(catalog.Listings));
        Time("first search (\"family therapy\" near 02139)", () => index.Search(new SearchQuery { Text = "family therapy", Near = "02139" }).Total);
        index.Dispose();

        // The loader's stages one after another on one thread: their shares of the work.
        var files = Directory.GetFiles(Path.Combine(dir, CatalogLoader.ProgramsFolder), "*.md").Order(StringComparer.Ordinal).ToArray();
        var texts = Time("sequential: read files", () => files.Select(File.ReadAllText).ToArray());
        var documents = Time("sequential: front matter (Markdig + YamlDotNet)", () => texts.Select((t, i) => FrontMatterParser.Parse(files[i], t).Document!).ToArray());
        var validator = new ListingValidator(taxonomy, zips);
        var listings = Time("sequential: validate", () => documents.Select((d, i) => validator.Validate(Path.GetFileNameWithoutExtension(files[i]), d).Listing!).ToArray());
        var deriver = new ListingDeriver(zips);
        Time("sequential: derive", () => listings.Select(deriver.Derive).ToArray());
        return stages;
    }

    private static string Fingerprint(IReadOnlyList<Listing> listings)
    {
        var text = new StringBuilder();
        foreach (var listing in listings) text.Append(listing.SourcePath).Append('\u001f').Append(ListingWriter.Write(listing)).Append('\u001e');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
