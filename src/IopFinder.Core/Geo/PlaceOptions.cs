namespace IopFinder.Core.Geo;

/// <summary>Limits of <see cref="PlaceResolver"/>.</summary>
public sealed class PlaceOptions
{
    /// <summary>Longer texts are no place ("60614-1234 Chicago, IL" is 22 characters; the longest US city names are about 40).</summary>
    public int MaxLength { get; init; } = 100;

    /// <summary>At most this many other cities are offered for an ambiguous bare city name.</summary>
    public int MaxAlternatives { get; init; } = 5;
}
