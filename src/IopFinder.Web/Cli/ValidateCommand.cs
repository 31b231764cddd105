using System.CommandLine;
using IopFinder.Core.Common;
using IopFinder.Core.Content;
using IopFinder.Core.Geo;

namespace IopFinder.Web.Cli;

/// <summary><c>validate [DIR]</c>: prints <c>path:line: message</c> for every problem; exit 1 when there is any.</summary>
public static class ValidateCommand
{
    /// <summary><c>validate [DIR]</c>, or <c>validate --explain FILE</c> for one listing.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dir = new Argument<string>("DIR") { Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "content", Description = "The content folder." };
        var explain = new Option<string>("--explain") { Description = "Show how the site understands one listing.", HelpName = "FILE" };
        var command = new Command("validate", "Check every listing and the taxonomy; exit 1 on problems.") { dir, explain };
        command.SetAction(parsed => parsed.GetValue(explain) is { } file
            ? ExplainCommand.Run(file, output, error)
            : Run(parsed.GetValue(dir)!, output, error));
        return command;
    }

    private static int Run(string dir, TextWriter output, TextWriter error)
    {
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
}
