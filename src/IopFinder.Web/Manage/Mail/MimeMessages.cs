using MimeKit;

namespace IopFinder.Web.Manage.Mail;

/// <summary>A <see cref="StaffMessage"/> as a MIME message from the configured sender.</summary>
public static class MimeMessages
{
    public static MimeMessage From(StaffMessage message, string from)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }
}
