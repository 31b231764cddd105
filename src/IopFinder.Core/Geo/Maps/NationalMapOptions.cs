namespace IopFinder.Core.Geo.Maps;

/// <summary>Detail of the national map.</summary>
public sealed class NationalMapOptions
{
    /// <summary>Outlines are simplified to this many units of the 975×610 frame (at 360 px wide, about a fifth of a pixel).</summary>
    public double Tolerance { get; init; } = 1.0;

    /// <summary>Decimals of path coordinates.</summary>
    public int Decimals { get; init; } = 1;

    /// <summary>Number of shades for states with programs.</summary>
    public int Shades { get; init; } = 4;
}
