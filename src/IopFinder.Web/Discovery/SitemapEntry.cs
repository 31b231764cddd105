namespace IopFinder.Web.Discovery;

/// <summary>One page of the sitemap: its root-relative address and when its content last changed, when known.</summary>
public sealed record SitemapEntry(string Path, DateOnly? LastModified);
