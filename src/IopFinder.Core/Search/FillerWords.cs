using System.Text.RegularExpressions;

namespace IopFinder.Core.Search;

/// <summary>
/// Words people type that are no search text: "near me", "nearby", "cerca de mí" ask for a place
/// (the search cannot know where "me" is), and "IOP", "intensive outpatient" describe every program
/// listed, so matching them against names ranked "Near North Health" first for "IOP near me".
/// </summary>
public static partial class FillerWords
{
    /// <summary>The text without those words, single-spaced, and whether it asked for programs nearby.</summary>
    public static (string Text, bool AsksNearby) Strip(string text)
    {
        if (text.Length == 0) return (text, false);
        var withoutNearby = Nearby().Replace(text, " ");
        var asksNearby = withoutNearby.Length != text.Length;
        var rest = EveryProgram().Replace(withoutNearby, " ");
        return (Spaces().Replace(rest, " ").Trim(' ', ',', '.', '?', '!'), asksNearby);
    }

    /// <summary>True when the whole text only asks for programs nearby ("near me" typed as the place).</summary>
    public static bool OnlyAsksNearby(string text) => text.Length > 0 && Strip(text) is { AsksNearby: true, Text.Length: 0 };

    // English and Spanish, accents optional: "near me", "nearby", "close to me", "in my area", "around me",
    // "cerca de mí", "cerca de aquí", "cerca".
    [GeneratedRegex(@"(?<![\p{L}\d])(?:near\s*by|near(?:\s+to)?\s+me|close\s+(?:to|by)(?:\s+me)?|in\s+my\s+area|around\s+me|(?:en\s+)?mi\s+zona|cerca(?:\s+de\s+(?:m[ií]|aqu[ií]|mi\s+casa))?)(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex Nearby();

    // "IOP", "IOPs", "IOP program", "intensive outpatient (program|treatment)", "programa intensivo ambulatorio".
    [GeneratedRegex(@"(?<![\p{L}\d])(?:iops?(?:\s+programs?)?|intensive\s+out-?patient(?:\s+(?:programs?|treatment|care))?|programas?\s+intensivos?\s+(?:ambulatorios?|de\s+tratamiento\s+ambulatorio))(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex EveryProgram();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
