namespace IopFinder.Core.Editing;

/// <summary>
/// Fields the portal keeps as the file has them: where the listing was imported from and flags that
/// only maintainers set. The editor does not post them, and a form that does is refused.
/// </summary>
public static class CarriedFields
{
    /// <summary>Top-level YAML keys carried from the file as opened.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["last_reviewed", "source", "claimed", "example"];

    /// <summary>True when the form may not set this top-level key.</summary>
    public static bool Contains(string key) => Keys.Contains(key, StringComparer.Ordinal);
}
