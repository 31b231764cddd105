using IopFinder.Web.Shared.Catalogs;
using Microsoft.AspNetCore.OutputCaching;

namespace IopFinder.Web.Shared.Infrastructure;

/// <summary>
/// A short-lived cache of whole answers for repeated searches and program pages, keyed by the full
/// query, the interface language and the catalog version, so an edit is never hidden behind a cached
/// page: a new version makes new keys at once, and the old entries expire within a minute.
/// </summary>
public static class OutputCaching
{
    /// <summary>The policy for searches and program pages, as pages and as API answers.</summary>
    public const string Policy = "catalog";

    public static IServiceCollection AddCatalogOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            // Small on purpose: most searches are distinct, so the cache serves repeats (a shared link, the back button), not the stream.
            options.SizeLimit = 16L * 1024 * 1024;
            options.AddPolicy(Policy, policy => policy
                .Expire(TimeSpan.FromMinutes(1))
                .SetVaryByQuery("*")
                .SetVaryByHeader("Accept-Language")
                .VaryByValue(context => new KeyValuePair<string, string>(
                    "catalog", context.RequestServices.GetRequiredService<CatalogStore>().CurrentOrNull?.Version ?? "")));
        });

    /// <summary>Versioned assets (<c>?v=</c>, from <c>asp-append-version</c>) never change: cached for a year; others revalidate.</summary>
    public static StaticFileOptions StaticFiles { get; } = new()
    {
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
            context.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "no-cache",
    };
}
