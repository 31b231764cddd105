namespace IopFinder.Core.Geo.Maps;

/// <summary>Size and detail of a local map.</summary>
public sealed class LocalMapOptions
{
    /// <summary>The longer side of the viewBox.</summary>
    public double Size { get; init; } = 400;

    /// <summary>Space around the radius circle, as a share of the radius.</summary>
    public double Margin { get; init; } = 0.1;

    /// <summary>Pin radius in viewBox units: a two-digit number stays readable at 360 px.</summary>
    public double PinRadius { get; init; } = 10;

    /// <summary>Outlines are simplified to this many viewBox units (Douglas-Peucker): finer than a pixel at the drawn size.</summary>
    public double Tolerance { get; init; } = 0.5;

    /// <summary>Decimals of path coordinates.</summary>
    public int Decimals { get; init; } = 1;

    /// <summary>Above this radius (miles) state outlines are drawn instead of counties, which would be too many.</summary>
    public double CountyRadiusLimit { get; init; } = 120;
}
