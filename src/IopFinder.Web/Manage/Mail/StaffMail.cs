using System.Globalization;
using IopFinder.Web.Shared.Localization;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage.Mail;

/// <summary>The portal's messages, plain and short, each in the reader's language.</summary>
public sealed class StaffMail(IStringLocalizer<SharedResource> text, IMailSender sender, PortalLinks links)
{
    public Task SendSignInAsync(string to, string link, string code, SiteLanguage language, CancellationToken cancellationToken = default) =>
        SendAsync(to, language, () => new StaffMessage(to, text["Manage.Mail.SignIn.Subject", code],
            text["Manage.Mail.SignIn.Body", link, code, (int)SignIn.SignInService.Lifetime.TotalMinutes]), cancellationToken);

    public Task SendDecisionAsync(string to, string listingName, bool approved, string? reason, SiteLanguage language, CancellationToken cancellationToken = default) =>
        SendAsync(to, language, () => new StaffMessage(to,
            text[approved ? "Manage.Mail.Approved.Subject" : "Manage.Mail.Rejected.Subject", listingName],
            text[approved ? "Manage.Mail.Approved.Body" : "Manage.Mail.Rejected.Body", listingName, reason ?? "", links.Absolute("/manage", language)]), cancellationToken);

    public Task SendInviteAsync(string to, string listingName, SiteLanguage language, CancellationToken cancellationToken = default) =>
        SendAsync(to, language, () => new StaffMessage(to, text["Manage.Mail.Invite.Subject", listingName],
            text["Manage.Mail.Invite.Body", listingName, links.Absolute("/manage", language)]), cancellationToken);

    /// <summary>"Please confirm": <paramref name="daysLeft"/> days before the listing shows as possibly out of date on <paramref name="lapses"/>.</summary>
    public Task SendConfirmReminderAsync(string to, string listingId, string listingName, int daysLeft, DateOnly lapses, SiteLanguage language,
        CancellationToken cancellationToken = default) =>
        SendAsync(to, language, () => new StaffMessage(to, text["Manage.Mail.Reminder.Subject", listingName, daysLeft],
            text["Manage.Mail.Reminder.Body", listingName, PortalTime.Format(lapses),
                links.Absolute($"/manage/listings/{Uri.EscapeDataString(listingId)}/confirm", language)]), cancellationToken);

    /// <summary>Words the message in <paramref name="language"/>, whatever the request's own culture, then sends it.</summary>
    private Task SendAsync(string to, SiteLanguage language, Func<StaffMessage> compose, CancellationToken cancellationToken)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        StaffMessage message;
        try
        {
            CultureInfo.CurrentCulture = language.Culture;
            CultureInfo.CurrentUICulture = language.UiCulture;
            message = compose();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
        return sender.SendAsync(message with { To = to }, cancellationToken);
    }
}
