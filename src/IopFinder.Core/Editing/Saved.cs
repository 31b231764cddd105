namespace IopFinder.Core.Editing;

/// <summary>The listing file was written (or already said the same).</summary>
/// <param name="Version">The file's version now, for the next form.</param>
/// <param name="Changes">The fields that changed on disk (live changes).</param>
/// <param name="Git">Whether the change was committed.</param>
public sealed record Saved(string Version, IReadOnlyList<FieldChange> Changes, GitOutcome Git) : SaveResult
{
    /// <summary>Changes that were not written because they wait for review, with their proposed values.</summary>
    public IReadOnlyList<FieldChange> Pending { get; init; } = [];
}
