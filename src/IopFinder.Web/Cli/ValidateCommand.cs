using IopFinder.Core.Common;
using IopFinder.Core.Content;
using IopFinder.Core.Geo;

namespace IopFinder.Web.Cli;

/// <summary><c>validate [DIR]</c>: prints <c>path:line: message</c> for every problem; exit 1 when there is any.</summary>
public static class ValidateCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var explain = Array.IndexOf(args, "--explain");
        if (explain >= 0)
        {
            return explain + 1 < args.Length ? ExplainCommand.Run(args[explain + 1], output, error) : Usage(error);
        }
        var dir = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "content";
        Catalog catalog;
        try
        {
            catalog = new CatalogLoader(ZipTable.Default).Load(dir);
        }
        catch (CatalogLoadException e)
        {
            foreach (var problem in e.Problems) error.WriteLine(problem);
            return 1;
        }
        foreach (var problem in catalog.Problems) error.WriteLine(problem);
        var files = catalog.Listings.Count + catalog.Problems.Select(p => p.Path).Distinct().Count();
        output.WriteLine(catalog.Problems.Count == 0
            ? $"{catalog.Listings.Count} listings in {dir} are valid."
            : $"{catalog.Problems.Count} problems in {files - catalog.Listings.Count} of {files} listings; {catalog.Listings.Count} are valid.");
        return catalog.Problems.Count == 0 ? 0 : 1;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("Usage: validate [DIR] | validate --explain FILE");
        return 2;
    }
}
