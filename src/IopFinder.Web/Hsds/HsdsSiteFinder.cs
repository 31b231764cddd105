using IopFinder.Core.Listings;

namespace IopFinder.Web.Hsds;

/// <summary>
/// The sites of the found services, optionally around a ZIP code. With <c>proximity</c>: in-person sites
/// within that many metres of the ZIP code's centre, nearest first (great-circle distance). Without it:
/// in-person sites in that ZIP code. Either way, then the virtual care of the programs that serve the
/// ZIP code's state (their HSDS service areas), as the site's own distance rule counts them.
/// </summary>
public static class HsdsSiteFinder
{
    private const double MetresPerMile = 1609.344;

    public static IReadOnlyList<HsdsSite> Find(IReadOnlyList<Listing> listings, HsdsNearQuery? near)
    {
        var sites = listings.SelectMany(HsdsSite.All);
        if (near is null) return sites.ToList();
        var virtualCare = sites.Where(s => s.IsVirtual && s.Listing.VirtualStates.Contains(near.Zip.State));
        if (near.Metres is not { } metres)
        {
            return sites.Where(s => s.Location?.Zip == near.Zip.Zip).Concat(virtualCare).ToList();
        }
        var inReach = sites
            .Where(s => s.Location?.Point is not null)
            .Select(s => (Site: s, Metres: s.Location!.Point!.Value.MilesTo(near.Zip.Point) * MetresPerMile))
            .Where(p => p.Metres <= metres)
            .OrderBy(p => p.Metres)
            .Select(p => p.Site);
        return inReach.Concat(virtualCare).ToList();
    }
}
