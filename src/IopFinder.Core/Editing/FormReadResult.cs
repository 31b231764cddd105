using IopFinder.Core.Listings;

namespace IopFinder.Core.Editing;

/// <summary>An editor form read as a listing: the listing and its canonical file text, or the problems by form key.</summary>
/// <param name="Listing">The validated listing (not derived); null when there are problems.</param>
/// <param name="Text">The listing as <see cref="Content.ListingWriter"/> writes it; null when there are problems.</param>
/// <param name="Problems">Each problem at the form key to show it next to.</param>
public sealed record FormReadResult(Listing? Listing, string? Text, IReadOnlyList<FormProblem> Problems)
{
    /// <summary>True when the form is a valid listing.</summary>
    public bool IsValid => Listing is not null;
}
