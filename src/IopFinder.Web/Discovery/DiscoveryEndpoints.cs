using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Shared.Links;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Discovery;

/// <summary>What search engines read besides the pages: <c>/robots.txt</c>, <c>/sitemap.xml</c> and its numbered parts.</summary>
public static class DiscoveryEndpoints
{
    public const string SitemapPath = "/sitemap.xml";
    private const string Xml = "application/xml; charset=utf-8";

    /// <summary>The public address, the addresses made from it and the sitemap cache; options checked at start.</summary>
    public static IServiceCollection AddDiscovery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SiteUrls>();
        services.AddSingleton<SitemapCache>();
        return services;
    }

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        var robots = new Lazy<string>(() => RobotsTxt.For(app.ServiceProvider.GetRequiredService<SiteUrls>()));
        app.MapGet("/robots.txt", () => TypedResults.Text(robots.Value, "text/plain; charset=utf-8")).ExcludeFromDescription();
        app.MapGet(SitemapPath, (SiteUrls urls, SitemapCache cache, CatalogSnapshot snapshot) =>
            urls.IsAbsolute ? Results.Bytes(cache.For(snapshot).Root, Xml) : Results.NotFound()).ExcludeFromDescription();
        app.MapGet("/sitemap-{number:int}.xml", (int number, SiteUrls urls, SitemapCache cache, CatalogSnapshot snapshot) =>
            urls.IsAbsolute && cache.For(snapshot) is { Index: not null } set && number >= 1 && number <= set.Files.Count
                ? Results.Bytes(set.Files[number - 1], Xml)
                : Results.NotFound()).ExcludeFromDescription();
        return app;
    }
}
