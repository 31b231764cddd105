using IopFinder.Core.Listings;

namespace IopFinder.Core.Search;

/// <summary>One result: the listing and why it matched the location.</summary>
/// <param name="Listing">The program.</param>
/// <param name="DistanceMiles">Miles to its nearest site; null without <c>near</c> or without sites.</param>
/// <param name="VirtualInState">True when it matched only by offering virtual care in the searcher's state.</param>
public sealed record SearchHit(Listing Listing, double? DistanceMiles, bool VirtualInState);
