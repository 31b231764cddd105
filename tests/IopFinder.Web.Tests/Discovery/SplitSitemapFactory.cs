namespace IopFinder.Web.Tests.Discovery;

/// <summary>The public site with a sitemap limit far below the example catalog's size, so the sitemap is split.</summary>
public sealed class SplitSitemapFactory : PublicSiteFactory
{
    public override int? SitemapMaxUrls => 20;
}
