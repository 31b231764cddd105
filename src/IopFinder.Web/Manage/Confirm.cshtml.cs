using Microsoft.AspNetCore.Authorization;
using IopFinder.Web.Manage;
using IopFinder.Web.Manage.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>
/// The e-mailed link. Opening it only shows a button: mail scanners that follow links do not use it up;
/// the person's press (a POST with the token) signs in.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmModel(SignInService signIns, PortalSignIn portal, IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    protected override string TitleKey => "Manage.SignIn.Title";

    public string? Token { get; private set; }

    public string ReturnUrl { get; private set; } = PortalResponseMiddleware.PathPrefix;

    public async Task<IActionResult> OnGetAsync(string? token, string? returnUrl)
    {
        ReturnUrl = ReturnAddress.Safe(returnUrl, Language);
        if (await signIns.IsLinkUsableAsync(token, HttpContext.RequestAborted)) Token = token;
        else Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? token, string? returnUrl)
    {
        ReturnUrl = ReturnAddress.Safe(returnUrl, Language);
        if (await signIns.RedeemLinkAsync(token, HttpContext.RequestAborted) is not { } email)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await portal.SignInAsync(HttpContext, email);
        return LocalRedirect(ReturnUrl);
    }
}
