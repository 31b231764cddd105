using Microsoft.Extensions.Options;

namespace IopFinder.Web.Manage;

/// <summary>
/// The signed-in person of this request, from the cookie principal: their address and whether they are a
/// maintainer (read from configuration on every request, so a change to <c>Staff:Maintainers</c> counts at once).
/// </summary>
public sealed class CurrentPerson(IHttpContextAccessor http, IOptionsMonitor<StaffOptions> staff)
{
    /// <summary>The address, or null when nobody is signed in.</summary>
    public string? Email => StaffPrincipal.EmailOf(http.HttpContext?.User);

    public bool IsSignedIn => Email is not null;

    public bool IsMaintainer => Email is { } email && staff.CurrentValue.IsMaintainer(email);

    /// <summary>The address of a page that requires sign-in (the authorization convention guarantees one).</summary>
    public string RequiredEmail => Email ?? throw new InvalidOperationException("This page requires a signed-in person.");
}
