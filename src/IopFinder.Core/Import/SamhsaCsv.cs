using System.Text.RegularExpressions;
using nietras.SeparatedValues;

namespace IopFinder.Core.Import;

/// <summary>
/// Reads a directory file with Sep: recognises which directory it is by its header and returns every
/// row. A file that is neither directory, a row with the wrong number of columns or a quote left open
/// is an <see cref="ImportException"/> naming the file and line, so nothing half-read is imported.
/// </summary>
public static class SamhsaCsv
{
    /// <summary>The directory and its rows.</summary>
    public static (SamhsaDirectory Directory, IReadOnlyList<SamhsaRow> Rows) Read(string path)
    {
        try
        {
            using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).FromFile(path);
            var header = reader.Header.ColNames;
            var directory = SamhsaDirectory.Recognize(header)
                ?? throw new ImportException($"{path}:1: not a SAMHSA National Directory file: its header is '{Shorten(string.Join(",", header))}', " +
                    $"expected '{string.Join(",", SamhsaDirectory.SubstanceUse.Header)}' (substance use) or '{string.Join(",", SamhsaDirectory.MentalHealth.Header)}' (mental health)");
            var names = directory.Header.Select(h => h.ToLowerInvariant()).ToArray();
            var rows = new List<SamhsaRow>();
            foreach (var row in reader)
            {
                // No facility field holds a line break: a row spanning lines has a quote left open.
                if (row.LineNumberToExcl - row.LineNumberFrom > 1)
                {
                    throw new ImportException($"{path}:{row.LineNumberFrom}: a quoted field is not closed (the row runs over {row.LineNumberToExcl - row.LineNumberFrom} lines)");
                }
                var columns = new Dictionary<string, string>(names.Length, StringComparer.Ordinal);
                for (var i = 0; i < names.Length; i++) columns[names[i]] = row[i].ToString();
                rows.Add(new SamhsaRow(directory, path, row.LineNumberFrom, columns));
            }
            return (directory, rows);
        }
        catch (InvalidDataException e)
        {
            var found = Regex.Match(e.Message, @"Found (\d+) column");
            var columns = found.Success ? $"{found.Groups[1].Value} columns where the header has {SamhsaDirectory.SubstanceUse.Header.Count}" : Shorten(e.Message.Split('\n')[0]);
            throw new ImportException($"{path}:{LineOf(e.Message)}: malformed row: {columns} (a row cut short, or a quote left open)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportException($"{path}: cannot read: {e.Message}");
        }
    }

    // Sep says "... on row 3/lines [5..6]:'...'": the first line number is the row's.
    private static string LineOf(string message)
    {
        var start = message.IndexOf("lines [", StringComparison.Ordinal);
        if (start < 0) return "1";
        var digits = new string(message[(start + 7)..].TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 ? digits : "1";
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
