using Microsoft.AspNetCore.Authorization;
using IopFinder.Web.Manage;
using IopFinder.Web.Manage.Mail;
using IopFinder.Web.Manage.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>
/// Step one, an address: a message goes to it with a link and a code, and the answer is the same for every
/// address. Step two, the code from that message (a form field <c>code</c>) signs in on this device.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(SignInService signIns, StaffMail mail, PortalSignIn portal, PortalLinks links, ILogger<SignInModel> log,
    IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    protected override string TitleKey => "Manage.SignIn.Title";

    /// <summary>The address the code was sent to, once step one is done.</summary>
    public string? Email { get; private set; }

    /// <summary>The resource key of what went wrong, if anything.</summary>
    public string? Problem { get; private set; }

    public string ReturnUrl { get; private set; } = PortalResponseMiddleware.PathPrefix;

    public void OnGet(string? returnUrl) => ReturnUrl = ReturnAddress.Safe(returnUrl, Language);

    public async Task<IActionResult> OnPostAsync(string? email, string? code, string? returnUrl)
    {
        ReturnUrl = ReturnAddress.Safe(returnUrl, Language);
        var address = StaffAddress.Normalize(email);
        if (address is null) return Refuse("Manage.SignIn.BadAddress", StatusCodes.Status400BadRequest);
        Email = address;
        if (Request.Form.ContainsKey("code"))
        {
            if (!await signIns.RedeemCodeAsync(address, code, HttpContext.RequestAborted)) return Refuse("Manage.SignIn.WrongCode", StatusCodes.Status400BadRequest);
            await portal.SignInAsync(HttpContext, address);
            return LocalRedirect(ReturnUrl);
        }
        var issue = await signIns.IssueAsync(address, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", HttpContext.RequestAborted);
        if (issue is null) return Refuse("Manage.SignIn.TooMany", StatusCodes.Status429TooManyRequests);
        var link = links.Absolute($"/manage/sign-in/confirm?token={issue.Link}&returnUrl={Uri.EscapeDataString(ReturnUrl)}", Language);
        try
        {
            await mail.SendSignInAsync(address, link, issue.Code, Language, HttpContext.RequestAborted);
        }
        catch (Exception error) when (error is IOException or MailKit.CommandException or MailKit.ProtocolException or System.Net.Sockets.SocketException or UnauthorizedAccessException)
        {
            log.LogError(error, "The sign-in message could not be sent");
            return Refuse("Manage.SignIn.MailFailed", StatusCodes.Status503ServiceUnavailable);
        }
        return Page();
    }

    private PageResult Refuse(string problem, int status)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }
}
