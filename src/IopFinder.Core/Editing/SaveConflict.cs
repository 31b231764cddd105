namespace IopFinder.Core.Editing;

/// <summary>The file changed since the form was opened: nothing was written, and both versions are here to show.</summary>
/// <param name="DiskVersion">The version on disk now (<see cref="ListingVersion.None"/> when the file is gone).</param>
/// <param name="DiskText">The file on disk now ("theirs"); null when it is gone.</param>
/// <param name="MyText">The listing as this save would have written it ("mine").</param>
/// <param name="Changes">The fields in which mine differs from theirs.</param>
public sealed record SaveConflict(string DiskVersion, string? DiskText, string MyText, IReadOnlyList<FieldChange> Changes) : SaveResult;
