using BenchmarkDotNet.Running;

namespace IopFinder.Benchmarks;

/// <summary>Run with: dotnet run -c Release --project bench/IopFinder.Benchmarks -- --filter '*'</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
