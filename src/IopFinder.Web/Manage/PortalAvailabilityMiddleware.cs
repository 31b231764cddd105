using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Manage;

/// <summary>
/// Before routing, on portal addresses only: migrates the staff database on the first portal request (not at start),
/// and when the database cannot be reached, there or in any page's call, answers 503 with the portal's
/// "unavailable, try again shortly" page instead of an error. Public pages never pass through the database here.
/// </summary>
public sealed class PortalAvailabilityMiddleware(RequestDelegate next, StaffDatabaseGate database, ILogger<PortalAvailabilityMiddleware> log)
{
    public const string UnavailablePath = "/manage/unavailable";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!PortalResponseMiddleware.IsPortal(context.Request.Path) || context.Request.Path.Equals(UnavailablePath, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        try
        {
            await database.EnsureReadyAsync(context.RequestAborted);
            await next(context);
        }
        catch (Exception e) when (StaffDatabaseFailure.IsUnreachable(e) && !context.Response.HasStarted)
        {
            // The cause without the stack: an outage logs once per request and says what to look at.
            log.LogWarning("Staff database unreachable on {Path}: {Reason}", context.Request.Path, e.GetBaseException().Message);
            await ShowUnavailable(context);
        }
    }

    /// <summary>
    /// Runs the rest of the pipeline again for the unavailable page, as a plain GET from nobody: no session cookie to
    /// check and no form to validate, since both would need the database (sessions, data-protection keys).
    /// </summary>
    private async Task ShowUnavailable(HttpContext context)
    {
        context.Response.Clear();
        context.SetEndpoint(null);
        context.Request.RouteValues.Clear();
        context.Request.Path = UnavailablePath;
        context.Request.Method = HttpMethods.Get;
        context.Request.Headers.Cookie = default;
        // The parsed cookies are cached in a feature, and the sign-in handler keeps its (failed) answer for the
        // request's services: fresh ones of both, or authentication would ask the database that just failed again.
        context.Features.Set<IRequestCookiesFeature>(new RequestCookiesFeature(context.Features));
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        var original = context.RequestServices;
        await using var fresh = original.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.RequestServices = fresh.ServiceProvider;
        try
        {
            await next(context);
        }
        finally
        {
            context.RequestServices = original;
        }
    }
}
