using IopFinder.Web.Shared.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace IopFinder.Web.Manage.SignIn;

/// <summary>
/// Each request's cookie must name a live session: ended at sign-out or past 8 hours, it is refused and removed.
/// The detours to the sign-in and refusal pages keep the page's language: a Spanish "Administrar este perfil"
/// must not land on an English sign-in page and send an English e-mail.
/// </summary>
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

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) => base.RedirectToLogin(InLanguage(context));

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) => base.RedirectToAccessDenied(InLanguage(context));

    private static RedirectContext<CookieAuthenticationOptions> InLanguage(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.RedirectUri = LanguageChoice.Of(context.HttpContext).Link(context.RedirectUri);
        return context;
    }
}
