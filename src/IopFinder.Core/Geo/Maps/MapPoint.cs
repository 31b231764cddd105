namespace IopFinder.Core.Geo.Maps;

/// <summary>A position in a map's viewBox: x to the right, y down.</summary>
public readonly record struct MapPoint(double X, double Y);
