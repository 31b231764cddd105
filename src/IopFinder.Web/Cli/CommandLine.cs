using IopFinder.Core.Common;
using IopFinder.Core.Content;

namespace IopFinder.Web.Cli;

/// <summary>
/// The one executable's commands (SPEC section 5): no command serves the site; <c>validate [DIR]</c>
/// checks a content folder.
/// </summary>
public static class CommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length > 0 && args[0] is "validate")
        {
            return ValidateCommand.Run(args.Skip(1).ToArray(), output, error);
        }
        if (args.Length > 0 && args[0] is "guide")
        {
            return GuideCommand.Run(args.Skip(1).ToArray(), output, error);
        }
        if (args.Length > 0 && args[0] is "import")
        {
            return ImportCommand.Run(args.Skip(1).ToArray(), output, error, TimeProvider.System);
        }
        if (args.Length > 0 && args[0] is "--help" or "-h" or "help")
        {
            output.WriteLine(Usage);
            return 0;
        }
        if (args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal))
        {
            error.WriteLine($"Unknown command '{args[0]}'.");
            error.WriteLine(Usage);
            return 2;
        }
        try
        {
            var app = SiteHost.Build(ServeArguments(args));
            app.Run();
            return 0;
        }
        catch (CatalogLoadException e)
        {
            error.WriteLine("IopFinder cannot start: the catalog cannot be loaded.");
            foreach (var problem in e.Problems) error.WriteLine(problem);
            return 1;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            error.WriteLine("IopFinder cannot start: the configuration is not valid.");
            foreach (var failure in e.Failures) error.WriteLine(failure);
            return 1;
        }
    }

    public const string Usage = """
        Usage:
          IopFinder.Web [--content DIR] [--urls URL]   serve the site (content from ./content by default)
          IopFinder.Web validate [DIR]                 check every listing and the taxonomy; exit 1 on problems
          IopFinder.Web validate --explain FILE        show how the site understands one listing (derived values, filters)
          IopFinder.Web guide [DIR]                    regenerate the vocabulary section of DIR/README.md
          IopFinder.Web import samhsa FILE... --out DIR   turn SAMHSA National Directory CSVs into listings in DIR/programs/
        """;

    /// <summary>Maps <c>--content DIR</c> to the configuration key the options read.</summary>
    public static string[] ServeArguments(string[] args)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--content" && i + 1 < args.Length)
            {
                result.Add($"--Catalog:ContentPath={args[++i]}");
            }
            else if (args[i].StartsWith("--content=", StringComparison.Ordinal))
            {
                result.Add($"--Catalog:ContentPath={args[i]["--content=".Length..]}");
            }
            else
            {
                result.Add(args[i]);
            }
        }
        return [.. result];
    }
}
