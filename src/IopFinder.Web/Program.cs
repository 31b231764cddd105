using IopFinder.Web;
using IopFinder.Web.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);

/// <summary>The entry point, named for WebApplicationFactory.</summary>
public partial class Program;
