using IopFinder.Web.Shared.Localization;

namespace IopFinder.Web.Manage;

/// <summary>Where to go after signing in: only a portal address of this site, never another site (open redirect).</summary>
public static class ReturnAddress
{
    public const int MaxLength = 500;

    /// <summary>The address asked for when it is a portal page of this site; else the portal's front page in <paramref name="language"/>.</summary>
    public static string Safe(string? returnUrl, SiteLanguage language) =>
        returnUrl is { Length: > 0 and <= MaxLength } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\')
        && PortalResponseMiddleware.IsPortal(new PathString(url.Split('?')[0]))
            ? url
            : language.AddressOf(PortalResponseMiddleware.PathPrefix);
}
