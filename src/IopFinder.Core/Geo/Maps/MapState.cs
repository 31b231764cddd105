using IopFinder.Core.Geo.Outlines;

namespace IopFinder.Core.Geo.Maps;

/// <summary>A state on the national map.</summary>
/// <param name="Region">Which state (FIPS, name, USPS code).</param>
/// <param name="PathData">Its outline as SVG path data in viewBox units.</param>
/// <param name="Label">Where a label fits best: the centre of the largest circle inside the state.</param>
/// <param name="LabelRadius">That circle's radius: how much room a label has (small states have little).</param>
/// <param name="Count">The count the caller gave for the state (0 when none).</param>
/// <param name="Shade">0 for a count of 0, then 1 to <see cref="NationalMapOptions.Shades"/> by rank among the states with programs (quantiles; equal counts share a shade).</param>
public sealed record MapState(Region Region, string PathData, MapPoint Label, double LabelRadius, int Count, int Shade);
