using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Shared.Links;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Discovery;

/// <summary>The sitemap of the catalog version last asked for, built once per version rather than per request.</summary>
public sealed class SitemapCache(SiteUrls urls, IOptions<SiteOptions> options)
{
    private Built? _last;

    public SitemapSet For(CatalogSnapshot snapshot)
    {
        // Two requests racing after a reload may both build; each result is the same, and the last write wins.
        if (Volatile.Read(ref _last) is { } last && last.Version == snapshot.Version) return last.Set;
        var set = SitemapSet.Build(SitemapEntries.Of(snapshot.Index.Catalog), urls, options.Value.SitemapMaxUrls, options.Value.SitemapMaxBytes);
        Volatile.Write(ref _last, new Built(snapshot.Version, set));
        return set;
    }

    private sealed record Built(string Version, SitemapSet Set);
}
