namespace IopFinder.Web.Shared.Catalogs;

/// <summary>
/// What a suggested correction may hold: only what the person typed and the listing id; no address, no
/// time of day, no cookie. Where it goes is <see cref="ICorrectionInbox"/>.
/// </summary>
public static class CorrectionBox
{
    /// <summary>Longest suggestion kept, in characters.</summary>
    public const int MaxLength = 2000;

    /// <summary>Longest contact kept, in characters.</summary>
    public const int MaxContactLength = 200;

    /// <summary>The text without control characters (line breaks kept), trimmed and cut to <paramref name="max"/>.</summary>
    public static string Clean(string? text, int max)
    {
        var clean = new string((text ?? "").Where(c => !char.IsControl(c) || c == '\n').ToArray()).Trim();
        return clean.Length > max ? clean[..max] : clean;
    }
}
