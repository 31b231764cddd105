using NetTopologySuite.Geometries;

namespace IopFinder.Core.Geo.Outlines;

/// <summary>A region with its outline: lon/lat degrees (x = lon, y = lat) or a projected frame, as its source says.</summary>
public sealed record RegionShape(Region Region, Geometry Shape);
