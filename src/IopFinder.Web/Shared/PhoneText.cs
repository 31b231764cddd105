using System.Text.RegularExpressions;

namespace IopFinder.Web.Shared;

/// <summary>Finds the US phone numbers in a line of listing text ("Intake: 617-555-0100, 617-555-0101") so each can be tapped.</summary>
public static partial class PhoneText
{
    /// <summary>The text cut into plain parts and phone numbers, in order.</summary>
    public static IEnumerable<(string Text, bool IsPhone)> Split(string text)
    {
        var at = 0;
        foreach (Match match in Phone().Matches(text))
        {
            if (match.Index > at) yield return (text[at..match.Index], false);
            yield return (match.Value, true);
            at = match.Index + match.Length;
        }
        if (at < text.Length) yield return (text[at..], false);
    }

    [GeneratedRegex(@"(?<!\d)(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?:\s*(?:x|ext\.?)\s*\d{1,6})?(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Phone();
}
