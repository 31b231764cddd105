namespace IopFinder.Web.Shared.Catalogs;

/// <summary>Which git step failed: committing a saved listing, or bringing the clone and the content remote in step.</summary>
public enum GitOperation
{
    Commit,
    Pull,
    Push,
}
