using System.ComponentModel.DataAnnotations;

namespace IopFinder.Web.Manage.Mail;

/// <summary>
/// How the portal sends e-mail (section "Mail"): SMTP through MailKit when <see cref="Host"/> is set,
/// otherwise each message is written as an <c>.eml</c> file to <see cref="PickupFolder"/>.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>The sender, an address or "Name &lt;address&gt;".</summary>
    [Required]
    public string From { get; set; } = "IopFinder <portal@localhost>";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Where messages go without an SMTP host; relative to the content root.</summary>
    [Required]
    public string PickupFolder { get; set; } = Path.Combine("App_Data", "mail");

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);
}
