using System.CommandLine;

namespace IopFinder.Web.Cli;

/// <summary>
/// The one executable's commands (SPEC section 5), parsed by System.CommandLine: no command serves the site;
/// <c>validate</c>, <c>guide</c> and <c>import</c> maintain the catalog. A mistyped command line prints what went
/// wrong and the usage, exit 2.
/// </summary>
public static class CommandLine
{
    /// <summary>Tokens are taken as typed: an <c>@</c> argument is a value for the host, never a response file to read.</summary>
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var serve = new ServeCommand();
        var root = Root(serve, output, error);
        var parsed = root.Parse(args, Parsing);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine(problem.Message);
            error.WriteLine(Usage);
            return 2;
        }
        if (ServeCommand.UnknownCommand(parsed, args) is { } unknown)
        {
            error.WriteLine($"Unknown command '{unknown}'.");
            error.WriteLine(Usage);
            return 2;
        }
        // The commands report their own failures; the serve path keeps the host's own Ctrl+C handling.
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }

    public const string Usage = """
        Usage:
          IopFinder.Web [--content DIR] [--urls URL]   serve the site (content from ./content by default)
          IopFinder.Web validate [DIR]                 check every listing and the taxonomy; exit 1 on problems
          IopFinder.Web validate --explain FILE        show how the site understands one listing (derived values, filters)
          IopFinder.Web guide [DIR]                    regenerate the vocabulary section of DIR/README.md
          IopFinder.Web import samhsa FILE... --out DIR   turn SAMHSA National Directory CSVs into listings in DIR/programs/
        """;

    /// <summary>The arguments the host is built with: <c>--content DIR</c> as the configuration key the options read, the rest as given.</summary>
    public static string[] ServeArguments(string[] args)
    {
        var serve = new ServeCommand();
        return serve.HostArguments(Root(serve, TextWriter.Null, TextWriter.Null).Parse(args, Parsing));
    }

    private static RootCommand Root(ServeCommand serve, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("IopFinder: find and compare intensive outpatient programs.")
        {
            ValidateCommand.Create(output, error),
            GuideCommand.Create(output, error),
            ImportCommand.Create(output, error, TimeProvider.System),
            HelpWord(output),
        };
        serve.AddTo(root, error);
        // The usage above, not a generated page, so --help and the usage of a mistake read the same.
        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>()) help.Action = new UsageAction(output);
        return root;
    }

    /// <summary><c>help</c> as a word, as <c>--help</c>.</summary>
    private static Command HelpWord(TextWriter output)
    {
        var help = new Command("help") { Hidden = true };
        help.SetAction(_ => Print(output));
        return help;
    }

    private static int Print(TextWriter output)
    {
        output.WriteLine(Usage);
        return 0;
    }

    private sealed class UsageAction(TextWriter output) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult) => Print(output);
    }
}
