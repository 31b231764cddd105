using IopFinder.Web.Shared.Localization;
using IopFinder.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>
/// What every portal page shares: sign-in required unless a page allows visitors (<c>[AllowAnonymous]</c>), its title
/// from the resources, no canonical address (portal pages are not indexed).
/// </summary>
[Authorize]
public abstract class PortalPageModel(IStringLocalizer<SharedResource> text) : PageModel, IPageMeta
{
    protected IStringLocalizer<SharedResource> Text => text;

    /// <summary>The resource key of the page's title.</summary>
    protected abstract string TitleKey { get; }

    public string Title => text[TitleKey];

    public string Description => text["Manage.Meta"];

    public string? Canonical => null;

    /// <summary>Portal pages set the sign-in and antiforgery cookies, under <c>/manage</c> only: the footer says so.</summary>
    public string? PrivacyNote => text["Layout.Privacy.Portal"];

    public SiteLanguage Language => LanguageChoice.Of(HttpContext).Language;
}
