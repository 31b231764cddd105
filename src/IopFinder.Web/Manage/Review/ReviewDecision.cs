namespace IopFinder.Web.Manage.Review;

/// <summary>What became of a maintainer's decision.</summary>
public enum ReviewDecision
{
    Decided,

    /// <summary>Decided, with nobody to tell: a public suggestion comes without an address.</summary>
    DecidedUntold,

    /// <summary>No pending item has that number (unknown, or decided already).</summary>
    NotPending,

    /// <summary>A rejection needs a reason for the submitter.</summary>
    ReasonRequired,

    ReasonTooLong,

    /// <summary>The listing file has moved on so that the approved change no longer fits it; the item stays pending.</summary>
    NoLongerFits,

    /// <summary>A new program's id is now taken by a listing file; nothing was written.</summary>
    ListingExists,

    /// <summary>The listing file could not be written; the item stays pending.</summary>
    WriteFailed,

    /// <summary>The disk is full: nothing was written and the item stays pending.</summary>
    DiskFull,
}
