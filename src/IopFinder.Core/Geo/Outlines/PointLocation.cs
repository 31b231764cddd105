namespace IopFinder.Core.Geo.Outlines;

/// <summary>Where a point lies: its state's USPS code and its county when one contains it.</summary>
/// <param name="State">USPS code ("MA").</param>
/// <param name="County">The county, or null in the rare spot no county outline covers.</param>
public sealed record PointLocation(string State, Region? County);
