using IopFinder.Web.Manage;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>Where a signed-in person lands on a page that is not theirs (the review queue without being a maintainer).</summary>
public sealed class DeniedModel(IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    protected override string TitleKey => "Manage.Denied.Title";

    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
