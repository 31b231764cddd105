using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>
/// What the portal shows while its database cannot be reached (<see cref="PortalAvailabilityMiddleware"/>): 503 with
/// a time to come back. Needs nothing the database holds: no session, no form.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnavailableModel(IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    /// <summary>Long enough for a database restart, short enough that a person waiting is not sent away for long.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    protected override string TitleKey => "Manage.Unavailable.Title";

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
    }
}
