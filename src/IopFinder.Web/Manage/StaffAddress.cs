using System.Net.Mail;

namespace IopFinder.Web.Manage;

/// <summary>
/// A person's e-mail address as the portal keeps it: trimmed, lower-case, a bare address (no display
/// name), at most 254 characters (RFC 5321). Anything else is not an address, never an error.
/// </summary>
public static class StaffAddress
{
    public const int MaxLength = 254;

    /// <summary>The normalised address, or null when the input is not one.</summary>
    public static string? Normalize(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return null;
        if (!MailAddress.TryCreate(text, out var parsed) || !string.Equals(parsed.Address, text, StringComparison.Ordinal)) return null;
        var at = text.LastIndexOf('@');
        var domain = text[(at + 1)..];
        if (at < 1 || !domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.')) return null;
        return text.ToLowerInvariant();
    }

    /// <summary>The domain of a normalised address.</summary>
    public static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..];
}
