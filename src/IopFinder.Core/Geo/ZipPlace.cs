namespace IopFinder.Core.Geo;

/// <summary>A ZIP code's centroid with its city and state.</summary>
public sealed record ZipPlace(string Zip, GeoPoint Point, string City, string State);
