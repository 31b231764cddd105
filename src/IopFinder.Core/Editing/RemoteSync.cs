namespace IopFinder.Core.Editing;

/// <summary>What a pull or push with the content remote did, and what waits.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Changed">Full paths of files the pull changed in the clone (for a reload).</param>
/// <param name="Conflicts">Commits made here that the remote's changes to the same file displaced.</param>
/// <param name="Waiting">Commits made here that the remote does not have yet.</param>
/// <param name="WaitingSince">When the oldest of them was made; null when none waits.</param>
/// <param name="Head">The clone's commit afterwards.</param>
/// <param name="Detail">git's message when the remote was unreachable or git failed.</param>
/// <param name="Reason">Why it failed, as a code; null when it did not.</param>
public sealed record RemoteSync(
    RemoteStatus Status,
    IReadOnlyList<string> Changed,
    IReadOnlyList<RemoteConflict> Conflicts,
    int Waiting,
    DateTimeOffset? WaitingSince,
    string? Head,
    string? Detail = null,
    GitFailureReason? Reason = null)
{
    /// <summary>The content folder is in no repository: nothing to pull or push.</summary>
    public static readonly RemoteSync NotARepository = new(RemoteStatus.NotARepository, [], [], 0, null, null);
}
