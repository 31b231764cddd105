namespace IopFinder.Core.Geo;

/// <summary>Limits of <see cref="PlaceResolver"/>.</summary>
public sealed class PlaceOptions
{
    /// <summary>Longer texts are no place ("60614-1234 Chicago, IL" is 22 characters; the longest US city names are about 40).</summary>
    public int MaxLength { get; init; } = 100;

    /// <summary>At most this many other cities are offered for an ambiguous bare city name.</summary>
    public int MaxAlternatives { get; init; } = 5;

    /// <summary>
    /// A city with this many ZIPs or more is a big city: when it shares a state's name ("New York",
    /// "Washington": 159 and 274 ZIPs), the bare name means the city. The next largest such town has 2.
    /// </summary>
    public int BigCityZips { get; init; } = 50;
}
