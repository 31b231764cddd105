namespace IopFinder.Web.Manage.Review;

/// <summary>What became of a maintainer's decision.</summary>
public enum ReviewDecision
{
    Decided,

    /// <summary>No pending item has that number (unknown, or decided already).</summary>
    NotPending,

    /// <summary>A rejection needs a reason for the submitter.</summary>
    ReasonRequired,

    ReasonTooLong,
}
