using IopFinder.Core.Geo;

namespace IopFinder.Core.Listings;

/// <summary>An in-person site of a program.</summary>
public sealed record Location
{
    /// <summary>Street address; null when withheld.</summary>
    public string? Address { get; init; }
    /// <summary>City.</summary>
    public required string City { get; init; }
    /// <summary>Two-letter state.</summary>
    public required string State { get; init; }
    /// <summary>Five-digit ZIP.</summary>
    public required string Zip { get; init; }
    /// <summary>Coordinates as written, or derived from the ZIP centroid.</summary>
    public GeoPoint? Point { get; init; }
    /// <summary>True when <see cref="Point"/> is the ZIP centroid rather than the site itself.</summary>
    public bool PointFromZip { get; init; }
}
