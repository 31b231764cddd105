using BenchmarkDotNet.Running;
using IopFinder.Core.Content;

namespace IopFinder.Benchmarks;

/// <summary>
/// Benchmarks: dotnet run -c Release --project bench/IopFinder.Benchmarks -- --filter '*'
/// A synthetic content folder for load tests: ... -- generate COUNT DIR
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "generate")
        {
            Generate(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Generate(int count, string dir)
    {
        var taxonomy = Path.Combine(SearchBenchmarks.RepoRoot(), "content", "taxonomy.yml");
        var catalog = SyntheticCatalog.Create(count, taxonomy);
        Directory.CreateDirectory(Path.Combine(dir, CatalogLoader.ProgramsFolder));
        File.Copy(taxonomy, Path.Combine(dir, CatalogLoader.TaxonomyFile), overwrite: true);
        foreach (var listing in catalog.Listings)
        {
            File.WriteAllText(Path.Combine(dir, CatalogLoader.ProgramsFolder, listing.Id + ".md"), ListingWriter.Write(listing with { Example = true }));
        }
        Console.WriteLine($"wrote {catalog.Listings.Count} listings to {dir}");
    }
}
