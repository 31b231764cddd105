namespace IopFinder.Web.Rendering;

/// <summary>Safe link targets for contact details from listings.</summary>
public static class ContactLinks
{
    /// <summary><c>tel:</c> with digits only (a leading + kept), so a listing cannot smuggle anything into the link.</summary>
    public static string Tel(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return phone.TrimStart().StartsWith('+') ? $"tel:+{digits}" : $"tel:{digits}";
    }

    /// <summary>The website only when it is http(s); otherwise null and the page shows it as text.</summary>
    public static string? Web(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}
