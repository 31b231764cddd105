using System.Text;
using IopFinder.Web.Shared.Links;

namespace IopFinder.Web.Discovery;

/// <summary>
/// <c>/robots.txt</c>: the site is open to crawlers except the pages that multiply without end or are
/// for programs (any set of ids to compare, correction forms, the API and its exports). The sitemap is
/// named only when the public address is configured: the Sitemap line must be an absolute address,
/// and without one the sitemap is not served either.
/// </summary>
public static class RobotsTxt
{
    public static IReadOnlyList<string> Disallowed { get; } = ["/compare", "/corrections", "/api/", "/hsds/", "/openapi/", "/healthz"];

    public static string For(SiteUrls urls)
    {
        var text = new StringBuilder("User-agent: *\nAllow: /\n");
        foreach (var path in Disallowed) text.Append("Disallow: ").Append(path).Append('\n');
        if (urls.IsAbsolute) text.Append("\nSitemap: ").Append(urls.For(DiscoveryEndpoints.SitemapPath)).Append('\n');
        return text.ToString();
    }
}
