namespace IopFinder.Web.Manage.Claims;

/// <summary>What became of a claim.</summary>
public enum ClaimOutcome
{
    /// <summary>The person may edit the listing now.</summary>
    Granted,

    /// <summary>A maintainer will decide; the person is told by e-mail.</summary>
    Queued,

    /// <summary>The person already holds the listing.</summary>
    AlreadyHeld,

    /// <summary>The person's earlier claim still waits.</summary>
    AlreadyPending,
}
