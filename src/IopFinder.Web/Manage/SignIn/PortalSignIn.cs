using IopFinder.Web.Manage.Audit;
using IopFinder.Web.Manage.Data;
using Microsoft.AspNetCore.Authentication;

namespace IopFinder.Web.Manage.SignIn;

/// <summary>Starts and ends a person's session: a new session and cookie at each sign-in (any earlier one is ended first), both recorded.</summary>
public sealed class PortalSignIn(StaffSessions sessions, IAuditLog audit)
{
    public async Task SignInAsync(HttpContext context, string email)
    {
        if (StaffPrincipal.SessionOf(context.User) is { } earlier) await sessions.EndAsync(earlier, context.RequestAborted);
        var session = await sessions.StartAsync(email, context.RequestAborted);
        await context.SignInAsync(StaffPrincipal.Scheme, StaffPrincipal.Create(email, session.Id),
            new AuthenticationProperties { IsPersistent = false, ExpiresUtc = new DateTimeOffset(session.ExpiresAt, TimeSpan.Zero), AllowRefresh = false });
        await audit.RecordAsync(new AuditRecord(email, AuditAction.SignIn), context.RequestAborted);
    }

    public async Task SignOutAsync(HttpContext context)
    {
        if (StaffPrincipal.SessionOf(context.User) is { } session) await sessions.EndAsync(session, context.RequestAborted);
        if (StaffPrincipal.EmailOf(context.User) is { } email) await audit.RecordAsync(new AuditRecord(email, AuditAction.SignOut), context.RequestAborted);
        await context.SignOutAsync(StaffPrincipal.Scheme);
    }
}
