namespace IopFinder.Core.Editing;

/// <summary>How a pull or push with the content remote ended.</summary>
public enum RemoteStatus
{
    /// <summary>The content folder is not inside a git repository: there is nothing to sync.</summary>
    NotARepository,
    /// <summary>The clone has the remote's commits, and (after a push) the remote has the clone's.</summary>
    Synced,
    /// <summary>The remote could not be reached; commits made here are kept and wait to be pushed.</summary>
    Unreachable,
    /// <summary>git failed in the clone (a change not committed, a push lost too many races); nothing was lost.</summary>
    Failed,
}
