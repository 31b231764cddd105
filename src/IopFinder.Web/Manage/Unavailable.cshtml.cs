using IopFinder.Web.Shared.Infrastructure;
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
    protected override string TitleKey => "Manage.Unavailable.Title";

    public void OnGet() => TryAgainShortly.Set(Response);
}
