using IopFinder.Core.Listings;

namespace IopFinder.Core.Search;

/// <summary>One result: the listing, how far it is, and which filters it leaves unanswered.</summary>
/// <param name="Listing">The program.</param>
/// <param name="DistanceMiles">Miles to its nearest site; null without <c>near</c> or without sites.</param>
/// <param name="VirtualInState">True when it matched only by offering virtual care in the searcher's state.</param>
public sealed record SearchHit(Listing Listing, double? DistanceMiles, bool VirtualInState)
{
    /// <summary>The parameters of the filters the listing doesn't say about; empty for a match.</summary>
    public IReadOnlyList<string> Unknown { get; init; } = [];
}
