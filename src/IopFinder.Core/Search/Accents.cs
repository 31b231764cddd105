using Lucene.Net.Analysis.Miscellaneous;

namespace IopFinder.Core.Search;

/// <summary>
/// Accents folded the way the index folds them ("depresión" → "depresion", "niño" → "nino"), with
/// Lucene's own table: the site runs with invariant globalization, where <c>string.Normalize</c>
/// leaves accented letters as they are.
/// </summary>
internal static class Accents
{
    /// <summary>The text with accented and other non-ASCII Latin letters as their plain ASCII letters.</summary>
    public static string Fold(string text)
    {
        if (text.All(char.IsAscii)) return text;
        var input = text.ToCharArray();
        // One character may fold to up to four ("ǆ" → "dz", "⑽" → "(10)").
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
