using System.ComponentModel.DataAnnotations;

namespace IopFinder.Web.Shared.Links;

/// <summary>What search engines are told about the site's address and sitemap (section "Site").</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string Section = "Site";

    /// <summary>The sitemap protocol's limit of addresses in one sitemap file.</summary>
    public const int ProtocolMaxUrls = 50_000;

    /// <summary>The sitemap protocol's limit of one sitemap file, uncompressed.</summary>
    public const int ProtocolMaxBytes = 50 * 1024 * 1024;

    /// <summary>
    /// The site's public origin (<c>https://iopfinder.example.org</c>), for canonical links, JSON-LD and the
    /// sitemap. Empty by default: addresses stay root-relative, and the sitemap, which must name absolute
    /// addresses, is not served. Never taken from a request's Host header, which anyone can forge.
    /// </summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>Most addresses in one sitemap file; a larger catalog gets a sitemap index with numbered files.</summary>
    [Range(1, ProtocolMaxUrls)]
    public int SitemapMaxUrls { get; set; } = ProtocolMaxUrls;

    /// <summary>Largest sitemap file in bytes; a file that would grow past it is split like one with too many addresses.</summary>
    [Range(1024, ProtocolMaxBytes)]
    public int SitemapMaxBytes { get; set; } = ProtocolMaxBytes;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicUrl.Length == 0) yield break;
        // The whole site links root-relative, so only an origin (no path, query or credentials) describes it truly.
        var ok = Uri.TryCreate(PublicUrl, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;
        if (!ok)
        {
            yield return new ValidationResult(
                $"Site:PublicUrl must be an absolute http or https address with no path, like https://iopfinder.example.org (it is '{PublicUrl}').",
                [nameof(PublicUrl)]);
        }
    }
}
