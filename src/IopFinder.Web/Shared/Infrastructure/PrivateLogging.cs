namespace IopFinder.Web.Shared.Infrastructure;

/// <summary>
/// People search for mental-health care: no search term, ZIP or condition may reach a log. ASP.NET Core
/// logs each request's path and query string at Information, so the framework's request logging is
/// held at Warning in code, whatever configuration file is (or is not) found from the working directory.
/// </summary>
public static class PrivateLogging
{
    /// <summary>Categories that log request paths or query strings below Warning.</summary>
    public static readonly string[] RequestCategories =
    [
        "Microsoft.AspNetCore",
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Mvc",
        "Microsoft.AspNetCore.HttpLogging",
        "System.Net.Http",
    ];

    public static void Apply(ILoggingBuilder logging)
    {
        foreach (var category in RequestCategories)
        {
            logging.AddFilter(category, level => level >= LogLevel.Warning);
        }
    }
}
