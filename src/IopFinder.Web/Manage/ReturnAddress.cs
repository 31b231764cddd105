namespace IopFinder.Web.Manage;

/// <summary>Where to go after signing in: only a portal address of this site, never another site (open redirect).</summary>
public static class ReturnAddress
{
    public const int MaxLength = 500;

    public static string Safe(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= MaxLength } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\')
        && PortalResponseMiddleware.IsPortal(new PathString(url.Split('?')[0]))
            ? url
            : PortalResponseMiddleware.PathPrefix;
}
