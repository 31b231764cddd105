using System.Text.RegularExpressions;

namespace IopFinder.Web.Shared;

/// <summary>Safe link targets for contact details from listings.</summary>
public static partial class ContactLinks
{
    /// <summary>
    /// <c>tel:</c> with digits only (a leading + kept), so a listing cannot smuggle anything into the
    /// link; an extension ("x1", "ext. 12") becomes RFC 3966's <c>;ext=</c> instead of more digits to dial.
    /// </summary>
    public static string Tel(string phone)
    {
        var extension = Extension().Match(phone);
        var main = extension.Success ? phone[..extension.Index] : phone;
        var digits = new string(main.Where(char.IsAsciiDigit).ToArray());
        var tel = main.TrimStart().StartsWith('+') ? $"tel:+{digits}" : $"tel:{digits}";
        return extension.Success ? $"{tel};ext={extension.Groups[1].Value}" : tel;
    }

    [GeneratedRegex(@"\s*(?:x|ext\.?|extension|#)\s*(\d{1,6})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();

    /// <summary>The website only when it is http(s); otherwise null and the page shows it as text.</summary>
    public static string? Web(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}
