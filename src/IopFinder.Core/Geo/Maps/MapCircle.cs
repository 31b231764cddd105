namespace IopFinder.Core.Geo.Maps;

/// <summary>A circle in viewBox units.</summary>
public readonly record struct MapCircle(double X, double Y, double R);
