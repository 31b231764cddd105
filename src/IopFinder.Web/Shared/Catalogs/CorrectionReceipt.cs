namespace IopFinder.Web.Shared.Catalogs;

/// <summary>What became of a suggested correction.</summary>
public enum CorrectionReceipt
{
    /// <summary>Queued for review.</summary>
    Kept,

    /// <summary>Nothing was written: the person is asked again.</summary>
    Empty,

    /// <summary>The review queue cannot be reached just now: nothing was kept, the person may send it again shortly.</summary>
    Unavailable,
}
