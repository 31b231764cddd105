namespace IopFinder.Web.Manage.Claims;

/// <summary>
/// The domain an organisation registers (<c>clinic.org</c> for <c>www.iop.clinic.org</c>): the last two
/// labels, or three under a two-part public suffix (<c>clinic.co.uk</c>, <c>clinic.ny.us</c>). Label
/// by label, never by substring, so <c>evil-example.org</c> is not <c>example.org</c>. Hosts that many
/// unrelated people share (web mail, site builders, social networks) name nobody and have none.
/// </summary>
public static class RegistrableDomain
{
    private static readonly HashSet<string> TwoPartSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "nhs.uk", "com.au", "org.au", "net.au", "co.nz", "org.nz", "com.mx", "org.mx", "gob.mx",
        "com.pr", "org.pr", "gov.pr", "com.br", "org.br", "co.jp", "or.jp", "com.es", "org.es", "gob.es",
        "al.us", "ak.us", "az.us", "ar.us", "ca.us", "co.us", "ct.us", "de.us", "fl.us", "ga.us", "hi.us", "id.us", "il.us", "in.us", "ia.us",
        "ks.us", "ky.us", "la.us", "me.us", "md.us", "ma.us", "mi.us", "mn.us", "ms.us", "mo.us", "mt.us", "ne.us", "nv.us", "nh.us", "nj.us",
        "nm.us", "ny.us", "nc.us", "nd.us", "oh.us", "ok.us", "or.us", "pa.us", "ri.us", "sc.us", "sd.us", "tn.us", "tx.us", "ut.us", "vt.us",
        "va.us", "wa.us", "wv.us", "wi.us", "wy.us", "dc.us",
    };

    private static readonly HashSet<string> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "google.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "msn.com", "aol.com", "icloud.com",
        "me.com", "mail.com", "gmx.com", "proton.me", "protonmail.com", "comcast.net", "att.net", "verizon.net", "facebook.com", "instagram.com",
        "linkedin.com", "wixsite.com", "wix.com", "squarespace.com", "weebly.com", "wordpress.com", "blogspot.com", "github.io", "godaddysites.com",
        "business.site", "yelp.com", "psychologytoday.com", "samhsa.gov", "findtreatment.gov",
    };

    /// <summary>The registrable domain of a host name, lower-case; null for an IP address, a bare or shared host.</summary>
    public static string? Of(string? host)
    {
        if (string.IsNullOrWhiteSpace(host) || System.Net.IPAddress.TryParse(host, out _)) return null;
        var labels = host.Trim().TrimEnd('.').ToLowerInvariant().Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length == 0)) return null;
        var lastTwo = string.Join('.', labels[^2..]);
        var take = TwoPartSuffixes.Contains(lastTwo) ? 3 : 2;
        if (labels.Length < take) return null;
        var domain = string.Join('.', labels[^take..]);
        return Shared.Contains(domain) ? null : domain;
    }

    /// <summary>The registrable domain of a website address, with or without its scheme.</summary>
    public static string? OfWebsite(string? website)
    {
        if (string.IsNullOrWhiteSpace(website)) return null;
        var text = website.Contains("://", StringComparison.Ordinal) ? website.Trim() : "https://" + website.Trim();
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? Of(uri.IdnHost) : null;
    }
}
