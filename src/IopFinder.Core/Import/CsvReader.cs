using System.Text;

namespace IopFinder.Core.Import;

/// <summary>Reads RFC 4180 CSV: quoted fields, doubled quotes, line breaks inside quotes; the first row names the columns.</summary>
public static class CsvReader
{
    /// <summary>Each row as column name → value, with its 1-based line number in the file.</summary>
    public static IEnumerable<(int Line, IReadOnlyDictionary<string, string> Row)> Read(TextReader reader)
    {
        string[]? header = null;
        foreach (var (line, fields) in Records(reader))
        {
            if (header is null)
            {
                header = [.. fields.Select(f => f.Trim().TrimStart('\uFEFF'))];
                continue;
            }
            if (fields.Count == 1 && fields[0].Length == 0) continue;
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) row[header[i]] = i < fields.Count ? fields[i] : "";
            yield return (line, row);
        }
    }

    private static IEnumerable<(int Line, List<string> Fields)> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var recordLine = 1;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return (recordLine, fields);
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }
}
