using IopFinder.Core.Common;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Editing;

/// <summary>A listing file as the editor opens it.</summary>
/// <param name="Id">The listing's id.</param>
/// <param name="Version">The file's <see cref="ListingVersion"/>, for the form to carry; <see cref="ListingVersion.None"/> when there is no file.</param>
/// <param name="Text">The file's text; null when there is no file.</param>
/// <param name="Listing">The listing, validated but not derived; null when there is no file or it has problems.</param>
/// <param name="Problems">The validator's problems with the file as it is.</param>
public sealed record OpenedListing(string Id, string Version, string? Text, Listing? Listing, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>True when a file for the id exists.</summary>
    public bool Exists => Text is not null;
}
