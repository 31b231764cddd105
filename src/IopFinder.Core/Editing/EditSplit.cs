using IopFinder.Core.Listings;

namespace IopFinder.Core.Editing;

/// <summary>An edit split into what goes live at once and what waits for review.</summary>
/// <param name="Live">The file as opened with only the live changes applied; null when the opened file itself is not a valid listing.</param>
/// <param name="LiveChanges">Changes saved at once.</param>
/// <param name="Pending">Changes that wait for a maintainer, with their proposed values (<see cref="FieldChange.After"/>).</param>
public sealed record EditSplit(Listing? Live, IReadOnlyList<FieldChange> LiveChanges, IReadOnlyList<FieldChange> Pending);
