using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace IopFinder.Web.Manage;

/// <summary>What the portal's cookie says about a person: their address and the session it belongs to.</summary>
public static class StaffPrincipal
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public const string SessionClaim = "sid";

    public static ClaimsPrincipal Create(string email, Guid session) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Email, email), new Claim(SessionClaim, session.ToString("N"))], Scheme));

    /// <summary>The signed-in address, or null for a visitor.</summary>
    public static string? EmailOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.Email) : null;

    public static Guid? SessionOf(ClaimsPrincipal? user) =>
        Guid.TryParseExact(user?.FindFirstValue(SessionClaim), "N", out var id) ? id : null;
}
