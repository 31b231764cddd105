using BenchmarkDotNet.Running;

namespace IopFinder.Benchmarks;

/// <summary>
/// Benchmarks, the whole suite (about 9 minutes on 2 cores):
///   dotnet run -c Release --project bench/IopFinder.Benchmarks -- --filter '*' --job short
/// One class: --filter '*TextSearch*' (or '*Startup*', '*SearchBenchmarks*').
/// A synthetic content folder for load tests: ... -- generate COUNT DIR
/// Start-up stage by stage on such a folder: ... -- stages DIR
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
        if (args.Length == 2 && args[0] == "stages")
        {
            StartupStages.Run(args[1]);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Generate(int count, string dir)
    {
        var written = SyntheticCatalog.WriteFolder(count, dir);
        Console.WriteLine($"wrote {written} listings to {dir}");
    }
}
