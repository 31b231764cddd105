namespace IopFinder.Core.Editing;

/// <summary>One top-level field that differs between two versions of a listing, as each writes it.</summary>
/// <param name="Key">The top-level YAML key, or <c>body</c>.</param>
/// <param name="Before">The field's lines before; null when it was absent.</param>
/// <param name="After">The field's lines after; null when it is removed.</param>
public sealed record FieldChange(string Key, string? Before, string? After)
{
    /// <summary>True when this change waits for a maintainer (<see cref="ReviewedFields"/>).</summary>
    public bool NeedsReview => ReviewedFields.NeedsReview(Key);
}
