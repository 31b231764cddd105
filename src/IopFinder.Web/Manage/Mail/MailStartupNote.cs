using Microsoft.Extensions.Options;

namespace IopFinder.Web.Manage.Mail;

/// <summary>Says at start where the portal's e-mail goes, so a newcomer finds the sign-in message.</summary>
public sealed class MailStartupNote(IOptions<MailOptions> options, IHostEnvironment environment, ILogger<MailStartupNote> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var mail = options.Value;
        if (mail.UsesSmtp)
        {
            log.LogInformation("Staff portal e-mail goes through SMTP at {Host}:{Port}", mail.Host, mail.Port);
        }
        else
        {
            // Warning, so it shows whatever the log level: without it nobody can sign in.
            log.LogWarning("No Mail:Host configured: staff portal e-mails (sign-in links and codes) are written as .eml files to {Folder}",
                Path.GetFullPath(mail.PickupFolder, environment.ContentRootPath));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
