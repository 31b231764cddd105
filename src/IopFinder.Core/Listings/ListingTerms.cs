namespace IopFinder.Core.Listings;

/// <summary>A listing's term ids by search parameter name (condition, modality, format...).</summary>
public static class ListingTerms
{
    /// <summary>The ids the listing has for a term filter.</summary>
    public static IReadOnlyList<string> ByParameter(Listing listing, string parameter) => parameter switch
    {
        "condition" => listing.Conditions,
        "modality" => listing.Modalities,
        "format" => listing.Formats,
        "insurance" => listing.Insurance,
        "age" => listing.Ages,
        "language" => listing.Languages,
        "accreditation" => listing.Accreditation,
        "feature" => listing.Features,
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "not a term filter"),
    };
}
