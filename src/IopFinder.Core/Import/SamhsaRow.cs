namespace IopFinder.Core.Import;

/// <summary>One facility row of a directory file: its columns by their lowercase name, the file and line it came from.</summary>
public sealed record SamhsaRow(SamhsaDirectory Directory, string File, int Line, IReadOnlyDictionary<string, string> Columns)
{
    /// <summary>A column's value, trimmed; empty when absent.</summary>
    public string this[string column] => Columns.TryGetValue(column, out var value) ? value.Trim() : "";

    /// <summary>The service codes, without the group separators.</summary>
    public IReadOnlyList<string> Codes => [.. this["service_code_info"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(c => c != "*")];
}
