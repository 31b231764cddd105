using System.CommandLine;
using IopFinder.Core.Common;

namespace IopFinder.Web.Cli;

/// <summary>
/// No command: serve the site. <c>--content DIR</c> becomes the configuration key the catalog options read;
/// <c>--urls</c> and any other <c>--Key=Value</c> (or <c>--Key Value</c>) go to the host's configuration as typed.
/// </summary>
public sealed class ServeCommand
{
    private readonly Option<string> _content = new("--content") { Description = "The content folder (./content by default).", HelpName = "DIR" };
    private readonly Option<string> _urls = new("--urls") { Description = "Where the site listens.", HelpName = "URL" };

    /// <summary>Makes serving the root command's own action; tokens it does not know are the host's.</summary>
    public void AddTo(RootCommand root, TextWriter error)
    {
        root.Options.Add(_content);
        root.Options.Add(_urls);
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(parsed => Run(HostArguments(parsed), error));
    }

    /// <summary>The host's arguments: the content folder as <c>Catalog:ContentPath</c>, the address, then every other token in order.</summary>
    public string[] HostArguments(ParseResult parsed)
    {
        var result = new List<string>();
        if (parsed.GetValue(_content) is { } content) result.Add($"--Catalog:ContentPath={content}");
        if (parsed.GetValue(_urls) is { } urls) result.Add($"--urls={urls}");
        result.AddRange(parsed.UnmatchedTokens);
        return [.. result];
    }

    /// <summary>
    /// The first word when it names no command: configuration for the host starts with <c>--</c>, so a bare word in
    /// first place is a mistyped command, not a value.
    /// </summary>
    public static string? UnknownCommand(ParseResult parsed, string[] args) =>
        parsed.CommandResult.Command is RootCommand && args.Length > 0 && parsed.UnmatchedTokens.FirstOrDefault() == args[0]
            && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : null;

    private static int Run(string[] arguments, TextWriter error)
    {
        try
        {
            var app = SiteHost.Build(arguments);
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
}
