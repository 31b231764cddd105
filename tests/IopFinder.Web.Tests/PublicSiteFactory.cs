using Microsoft.AspNetCore.Hosting;

namespace IopFinder.Web.Tests;

/// <summary>The example catalog served with its public address configured, as a deployment for search engines is.</summary>
public class PublicSiteFactory : SiteFactory
{
    public const string PublicUrl = "https://iop.example.org";

    /// <summary>Most addresses in one sitemap file; null keeps the protocol's limit.</summary>
    public virtual int? SitemapMaxUrls => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:PublicUrl", PublicUrl);
        if (SitemapMaxUrls is { } max) builder.UseSetting("Site:SitemapMaxUrls", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
