using IopFinder.Core.Geo.Outlines;

namespace IopFinder.Core.Geo.Maps;

/// <summary>A county or state drawn on a map: which one, and its outline as SVG path data in viewBox units (even-odd rings).</summary>
public sealed record MapArea(Region Region, string PathData);
