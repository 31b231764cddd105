namespace IopFinder.Web.Manage.Mail;

/// <summary>Sends the portal's messages: by SMTP, or to the pickup folder when no SMTP host is configured.</summary>
public interface IMailSender
{
    Task SendAsync(StaffMessage message, CancellationToken cancellationToken = default);
}
