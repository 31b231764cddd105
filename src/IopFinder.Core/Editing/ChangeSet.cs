namespace IopFinder.Core.Editing;

/// <summary>Which top-level fields differ between two listing files, compared field by field as written.</summary>
public static class ChangeSet
{
    /// <summary>
    /// The changed fields, in the order the newer file writes them (removed ones where the older had them).
    /// Both texts should be canonical (<see cref="Content.ListingWriter"/>), so only content differs.
    /// </summary>
    /// <param name="before">The file before; null for a new listing.</param>
    /// <param name="after">The file after.</param>
    public static IReadOnlyList<FieldChange> Between(string? before, string after)
    {
        var older = before is null ? [] : FieldChunks.Of(before);
        var newer = FieldChunks.Of(after);
        // Every key of either file, in the newer file's order; a removed key follows the key before it in the older file.
        var keys = newer.Select(c => c.Key).ToList();
        string? previous = null;
        foreach (var chunk in older)
        {
            if (!keys.Contains(chunk.Key)) keys.Insert(previous is null ? 0 : keys.IndexOf(previous) + 1, chunk.Key);
            previous = chunk.Key;
        }
        var changes = new List<FieldChange>();
        foreach (var key in keys)
        {
            var (was, becomes) = (Text(older, key), Text(newer, key));
            if (was != becomes) changes.Add(new FieldChange(key, was, becomes));
        }
        return changes;
    }

    /// <summary>A field's text without its final line break; null when absent (an empty body counts as no body).</summary>
    private static string? Text(IReadOnlyList<FieldChunk> chunks, string key)
    {
        var text = chunks.FirstOrDefault(c => c.Key == key)?.Text.TrimEnd('\n');
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
