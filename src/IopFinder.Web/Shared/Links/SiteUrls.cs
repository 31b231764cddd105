using Microsoft.Extensions.Options;

namespace IopFinder.Web.Shared.Links;

/// <summary>Addresses as search engines should see them: absolute from <see cref="SiteOptions.PublicUrl"/>, else root-relative.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options)
{
    private readonly string _origin = options.Value.PublicUrl.TrimEnd('/');

    /// <summary>True when the public address is configured, so absolute addresses can be made.</summary>
    public bool IsAbsolute => _origin.Length > 0;

    /// <summary>A root-relative path and query ("/programs/x") as the address to publish.</summary>
    public string For(string rootRelative) => _origin + rootRelative;
}
