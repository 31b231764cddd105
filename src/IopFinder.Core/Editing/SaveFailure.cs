namespace IopFinder.Core.Editing;

/// <summary>Why a save could not be made.</summary>
public enum SaveFailure
{
    /// <summary>The id is not a listing id (lowercase letters, digits and dashes).</summary>
    NotAListingId,
    /// <summary>There is no listing file with this id to edit.</summary>
    NotFound,
    /// <summary>The file could not be read or written; it is as it was.</summary>
    FileError,
    /// <summary>The disk is full: nothing was written and the file is as it was.</summary>
    DiskFull,
}
