using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Manage.Mail;

/// <summary>Sends through the configured SMTP server with MailKit (STARTTLS when the server offers it).</summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(StaffMessage message, CancellationToken cancellationToken = default)
    {
        var mail = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(mail.Host!, mail.Port, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(mail.User)) await client.AuthenticateAsync(mail.User, mail.Password ?? "", cancellationToken);
        await client.SendAsync(MimeMessages.From(message, mail.From), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
