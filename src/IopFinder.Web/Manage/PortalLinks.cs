using IopFinder.Web.Shared.Links;
using IopFinder.Web.Shared.Localization;

namespace IopFinder.Web.Manage;

/// <summary>
/// Absolute portal addresses for e-mails: from <c>Site:PublicUrl</c> when configured (set it in production, so
/// a forged Host header cannot point a sign-in link elsewhere), else from the request, as on a newcomer's machine.
/// </summary>
public sealed class PortalLinks(SiteUrls urls, IHttpContextAccessor http)
{
    public string Absolute(string path, SiteLanguage language)
    {
        var local = language.AddressOf(path);
        if (urls.IsAbsolute) return urls.For(local);
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Without Site:PublicUrl, links are made during a request.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{local}";
    }
}
