using IopFinder.Web.Shared.Links;
using IopFinder.Web.Shared.Localization;

namespace IopFinder.Web.Manage;

/// <summary>
/// Absolute portal addresses for e-mails: from <c>Site:PublicUrl</c> when configured (set it in production, so
/// a forged Host header cannot point a sign-in link elsewhere), else from the request, as on a newcomer's machine;
/// a message sent outside a request without <c>Site:PublicUrl</c> carries the path only.
/// </summary>
public sealed class PortalLinks(SiteUrls urls, IHttpContextAccessor http)
{
    public string Absolute(string path, SiteLanguage language)
    {
        var local = language.AddressOf(path);
        if (urls.IsAbsolute) return urls.For(local);
        // Outside a request (the reminder service) only Site:PublicUrl can say where the site is: the path still says which page.
        if (http.HttpContext?.Request is not { } request) return local;
        return $"{request.Scheme}://{request.Host}{request.PathBase}{local}";
    }
}
