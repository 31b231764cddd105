using IopFinder.Core.Geo;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Search;

/// <summary>Where a search is measured from, as read from its <c>near</c> (or from a place typed among its words).</summary>
/// <param name="Query">The query as searched: a place found in the words is moved to <see cref="SearchQuery.Near"/> and taken out of <see cref="SearchQuery.Text"/>.</param>
/// <param name="Resolution">What <c>near</c> resolved to, with its issue and the other cities of an ambiguous name; null when no place was given.</param>
/// <param name="Warnings">What to tell the user about the place.</param>
public sealed record SearchPlace(SearchQuery Query, PlaceResolution? Resolution, IReadOnlyList<Notice> Warnings)
{
    /// <summary>
    /// The point distances are measured from, or null: no place, none found, or a point in no state
    /// (no program lies in the sea or abroad, so a radius there would only pretend to filter), or a
    /// whole state (searched as the <c>state</c> filter).
    /// </summary>
    public ResolvedPlace? Origin => Resolution is { Place: { IsState: false } place, Issue: not PlaceIssue.OutsideUnitedStates } ? place : null;
}
