using Microsoft.Extensions.Options;

namespace IopFinder.Web.Manage.Mail;

/// <summary>
/// With no SMTP host, each message becomes an <c>.eml</c> file (any mail program opens it), so a newcomer
/// can sign in on their own machine by opening the newest file.
/// </summary>
public sealed class PickupMailSender(IOptions<MailOptions> options, IHostEnvironment environment, TimeProvider clock) : IMailSender
{
    public string Folder => Path.GetFullPath(options.Value.PickupFolder, environment.ContentRootPath);

    public async Task SendAsync(StaffMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        await using var file = File.Create(Path.Combine(Folder, name));
        await MimeMessages.From(message, options.Value.From).WriteToAsync(file, cancellationToken);
    }
}
