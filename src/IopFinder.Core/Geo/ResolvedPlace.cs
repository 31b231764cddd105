using IopFinder.Core.Geo.Outlines;

namespace IopFinder.Core.Geo;

/// <summary>Where a search is centred: a point, its state when known, and how to say it ("02139 (Cambridge, MA)").</summary>
public sealed record ResolvedPlace(GeoPoint Point, string? State, string Label)
{
    /// <summary>The county containing a <c>lat,lon</c> point (from the Census outlines); null for ZIPs and cities.</summary>
    public Region? County { get; init; }

    /// <summary>
    /// A whole state ("Ohio", "OH", "New York state"): <see cref="State"/> is its code, <see cref="Label"/>
    /// its name and <see cref="Point"/> the mean of its ZIPs. A search takes the state's programs, with no
    /// distance (SPEC section 2: nearest-first from the middle of a state means nothing).
    /// </summary>
    public bool IsState { get; init; }

    /// <summary>A big city that shares a state's name was taken ("New York", "Washington"): the state's code, to offer it instead; otherwise null.</summary>
    public string? OtherState { get; init; }

    /// <summary>For a bare city name: the other cities of that name, likeliest (most ZIPs) first; otherwise empty.</summary>
    public IReadOnlyList<CityPlace> Alternatives { get; init; } = [];
}
