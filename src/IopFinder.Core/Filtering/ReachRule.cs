using IopFinder.Core.Listings;

namespace IopFinder.Core.Filtering;

/// <summary>
/// The distance rule of SPEC section 2, once: a program is in reach when a site lies within the radius,
/// or when it offers virtual care, states the searcher's state in <c>virtual_states</c>, and the search
/// accepts virtual care (a hybrid program still needs the patient in person).
/// </summary>
public static class ReachRule
{
    /// <summary>The format id of virtual care.</summary>
    public const string VirtualFormat = "virtual";

    /// <summary>Within the radius.</summary>
    public static bool InReach(double miles, double radius) => miles <= radius;

    /// <summary>Virtual care is acceptable unless the search asks only for other formats.</summary>
    public static bool VirtualAcceptable(IReadOnlyList<string> wantedFormats) =>
        wantedFormats.Count == 0 || wantedFormats.Contains(VirtualFormat);

    /// <summary>True when the listing offers virtual care.</summary>
    public static bool OffersVirtual(Listing listing) => listing.Formats.Contains(VirtualFormat);

    /// <summary>Offers virtual care and states the searcher's state.</summary>
    public static bool VirtualInState(bool offersVirtual, bool statesIncludeOrigin) => offersVirtual && statesIncludeOrigin;

    /// <summary>The rule itself.</summary>
    public static bool Matches(bool inReach, bool virtualInState, bool virtualAcceptable) => inReach || (virtualAcceptable && virtualInState);

    /// <summary>Miles from a point to the listing's nearest site; infinity without sites.</summary>
    public static double NearestMiles(Listing listing, Geo.GeoPoint origin) =>
        listing.Locations.Where(l => l.Point is not null).Select(l => origin.MilesTo(l.Point!.Value)).DefaultIfEmpty(double.PositiveInfinity).Min();
}
