namespace IopFinder.Core.Geo.Maps;

/// <summary>A program location to pin on a local map.</summary>
/// <param name="ListingId">The listing's id, for its link.</param>
/// <param name="Number">The number shown on the pin, matching the result card.</param>
/// <param name="Point">Where the location is.</param>
public sealed record PinLocation(string ListingId, int Number, GeoPoint Point);
