using System.Globalization;
using IopFinder.Web;
using IopFinder.Web.Cli;

// Outside a request (commands, catalog loading, logs) the site writes English with invariant formats,
// whatever the machine's locale; each request gets its own culture from its language (SiteLanguage).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
return CommandLine.Run(args, Console.Out, Console.Error);

/// <summary>The entry point, named for WebApplicationFactory.</summary>
public partial class Program;
