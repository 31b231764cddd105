namespace IopFinder.Core.Geo;

/// <summary>Where a search is centred: a point, its state when known, and how to say it ("02139 · Cambridge, MA").</summary>
public sealed record ResolvedPlace(GeoPoint Point, string? State, string Label);
