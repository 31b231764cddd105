using IopFinder.Web.Manage;
using IopFinder.Web.Manage.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>Ends the session (a POST only, so a link elsewhere cannot sign anyone out) and returns to the sign-in page.</summary>
public sealed class SignOutModel(PortalSignIn portal, IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    protected override string TitleKey => "Manage.SignOut";

    public IActionResult OnGet() => LocalRedirect(Language.AddressOf(PortalResponseMiddleware.PathPrefix));

    public async Task<IActionResult> OnPostAsync()
    {
        await portal.SignOutAsync(HttpContext);
        return LocalRedirect(Language.AddressOf(PortalResponseMiddleware.PathPrefix));
    }
}
