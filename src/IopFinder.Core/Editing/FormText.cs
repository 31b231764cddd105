using System.Globalization;
using System.Text;

namespace IopFinder.Core.Editing;

/// <summary>
/// Form values made safe to place in YAML and Markdown: characters YAML reads as line breaks or
/// refuses (controls, separators, unpaired surrogates, non-characters) are dropped or made spaces.
/// </summary>
internal static class FormText
{
    /// <summary>A one-line value: line breaks and tabs become spaces, ends trimmed.</summary>
    public static string Line(string value) => Clean(value, keepLines: false).Trim();

    /// <summary>Multi-line text (the body): line breaks as <c>\n</c>, tabs kept.</summary>
    public static string Lines(string value) => Clean(value.Replace("\r\n", "\n"), keepLines: true);

    /// <summary>A YAML double-quoted scalar of a value already cleaned by <see cref="Line"/>.</summary>
    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>At most <paramref name="length"/> characters of a value to quote in a message.</summary>
    public static string Shorten(string value, int length = 60)
    {
        var line = Line(value.Length > length * 2 ? value[..(length * 2)] : value);
        return line.Length > length ? line[..length] + "…" : line;
    }

    private static string Clean(string value, bool keepLines)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (char.IsHighSurrogate(ch) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(ch).Append(value[++i]);
                continue;
            }
            if (keepLines && ch is '\n' or '\t') text.Append(ch);
            else if (char.IsControl(ch) || ch is '\u2028' or '\u2029') text.Append(' ');
            else if (!char.IsSurrogate(ch) && ch is not ('\uFEFF' or '\uFFFE' or '\uFFFF')
                     && char.GetUnicodeCategory(ch) != UnicodeCategory.OtherNotAssigned) text.Append(ch);
        }
        return text.ToString();
    }
}
