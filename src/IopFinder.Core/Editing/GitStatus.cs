namespace IopFinder.Core.Editing;

/// <summary>What happened in git after a listing file was saved.</summary>
public enum GitStatus
{
    /// <summary>The content folder is not inside a git repository: nothing to commit to.</summary>
    NotARepository,
    /// <summary>The saved file was committed.</summary>
    Committed,
    /// <summary>The file was already as committed: no commit was needed.</summary>
    NothingToCommit,
    /// <summary>The commit failed or timed out; the saved file stays, uncommitted.</summary>
    Failed,
}
