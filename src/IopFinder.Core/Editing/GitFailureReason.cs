namespace IopFinder.Core.Editing;

/// <summary>Why a commit, pull or push failed, in terms the people who run the site can act on.</summary>
public enum GitFailureReason
{
    /// <summary>git failed in a way not listed here; its own message says more.</summary>
    Other,
    /// <summary>The content remote could not be reached (network, address, remote gone).</summary>
    Unreachable,
    /// <summary>The disk under the repository is full.</summary>
    DiskFull,
    /// <summary>git took longer than the portal allows and was stopped.</summary>
    TimedOut,
    /// <summary>The git program could not be started (not installed, wrong path).</summary>
    GitMissing,
    /// <summary>The content clone is not on a branch, so there is nothing to push to.</summary>
    NotOnBranch,
    /// <summary>Another replica pushed in between each of the tries; the edits wait for the next sync.</summary>
    RemoteKeptMoving,
}
