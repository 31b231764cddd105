using IopFinder.Core.Geo.Outlines;

namespace IopFinder.Core.Geo;

/// <summary>Where a search is centred: a point, its state when known, and how to say it ("02139 (Cambridge, MA)").</summary>
public sealed record ResolvedPlace(GeoPoint Point, string? State, string Label)
{
    /// <summary>The county containing a <c>lat,lon</c> point (from the Census outlines); null for ZIPs and cities.</summary>
    public Region? County { get; init; }

    /// <summary>For a bare city name: the other cities of that name, likeliest (most ZIPs) first; otherwise empty.</summary>
    public IReadOnlyList<CityPlace> Alternatives { get; init; } = [];
}
