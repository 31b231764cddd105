using IopFinder.Core.Listings;

namespace IopFinder.Web.Hsds;

/// <summary>A program at one place: an in-person site by its position in the listing, or its virtual care.</summary>
public sealed record HsdsSite(Listing Listing, int Index)
{
    /// <summary>The index of a program's virtual care.</summary>
    public const int Virtual = -1;

    public bool IsVirtual => Index == Virtual;

    /// <summary>The service-at-location id.</summary>
    public Guid Id => IsVirtual ? HsdsIds.VirtualServiceAtLocation(Listing.Id) : HsdsIds.ServiceAtLocation(Listing.Id, Index);

    /// <summary>The in-person site, or null for virtual care.</summary>
    public Location? Location => IsVirtual ? null : Listing.Locations[Index];

    /// <summary>Every site of a listing in its order, then its virtual care when it offers the <c>virtual</c> format.</summary>
    public static IEnumerable<HsdsSite> All(Listing listing)
    {
        for (var i = 0; i < listing.Locations.Count; i++) yield return new HsdsSite(listing, i);
        if (listing.Formats.Contains(HsdsWords.VirtualFormat)) yield return new HsdsSite(listing, Virtual);
    }
}
