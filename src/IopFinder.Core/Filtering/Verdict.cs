namespace IopFinder.Core.Filtering;

/// <summary>How a listing answers one filter: it matches, it doesn't, or it doesn't say.</summary>
public enum Verdict
{
    /// <summary>The listing meets the filter.</summary>
    Yes,
    /// <summary>The listing says it does not.</summary>
    No,
    /// <summary>The listing doesn't say: ask the program.</summary>
    Unknown,
}
