using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace IopFinder.Web.Manage.SignIn;

/// <summary>Each request's cookie must name a live session: ended at sign-out or past 8 hours, it is refused and removed.</summary>
public sealed class SessionValidation : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var email = StaffPrincipal.EmailOf(context.Principal);
        var session = StaffPrincipal.SessionOf(context.Principal);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
        if (email is null || session is null || !await sessions.IsActiveAsync(session.Value, email, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(StaffPrincipal.Scheme);
        }
    }
}
