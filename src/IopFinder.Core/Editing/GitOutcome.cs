namespace IopFinder.Core.Editing;

/// <summary>The git side of a save.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Commit">The new commit's id when committed.</param>
/// <param name="Detail">git's message when it failed.</param>
/// <param name="Reason">Why it failed, as a code; null unless it failed.</param>
public sealed record GitOutcome(GitStatus Status, string? Commit = null, string? Detail = null, GitFailureReason? Reason = null);
