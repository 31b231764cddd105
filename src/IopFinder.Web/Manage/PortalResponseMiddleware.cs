using Microsoft.AspNetCore.Http.Features;

namespace IopFinder.Web.Manage;

/// <summary>
/// Portal answers carry secrets (antiforgery tokens, a person's listings): never stored by a cache, and not
/// compressed over HTTPS (BREACH), unlike the public pages.
/// </summary>
public sealed class PortalResponseMiddleware(RequestDelegate next)
{
    public const string PathPrefix = "/manage";

    public static bool IsPortal(PathString path) => path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        if (IsPortal(context.Request.Path))
        {
            if (context.Features.Get<IHttpsCompressionFeature>() is { } compression) compression.Mode = HttpsCompressionMode.DoNotCompress;
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
        }
        return next(context);
    }
}
