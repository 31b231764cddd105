namespace IopFinder.Web.Shared.Catalogs;

/// <summary>How this replica's content clone stands with the remote, for <c>/status</c> and the health check.</summary>
/// <param name="Remote">The remote's name.</param>
/// <param name="Waiting">Edits committed here that the remote does not have yet.</param>
/// <param name="WaitingSince">When the oldest of them was saved; null when none waits.</param>
/// <param name="LastSynced">When the remote last answered; null when it has not since the site started.</param>
/// <param name="LastFailure">The last pull or push that failed, while the remote has not answered since; null otherwise.</param>
/// <param name="Displaced">References keeping edits made here that a remote change to the same listing displaced.</param>
public sealed record ContentRemoteState(
    string Remote, int Waiting, DateTimeOffset? WaitingSince, DateTimeOffset? LastSynced, IReadOnlyList<string> Displaced,
    GitFailure? LastFailure = null)
{
    /// <summary>git's message from the last attempt when it failed; null when it went well.</summary>
    public string? Problem => LastFailure?.Detail;
}
