namespace IopFinder.Core.Editing;

/// <summary>
/// The fields whose changes wait for a maintainer (SPEC section 7: identity and credentials); every
/// other field goes live at once. The one place this list is written; the field model's
/// <c>NeedsReview</c> flag is meant to replace it.
/// </summary>
public static class ReviewedFields
{
    /// <summary>Top-level YAML keys that need review.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["name", "organization", "locations", "levels_of_care", "accreditation"];

    /// <summary>True when a change to this top-level key waits for review.</summary>
    public static bool NeedsReview(string key) => Keys.Contains(key, StringComparer.Ordinal);
}
