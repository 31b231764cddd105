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

    /// <summary>
    /// Size of the counts in frame units, which the layout makes room for: on a 390 px phone the map is
    /// about 358 px wide, so 36 units of the 1,015-unit frame draw at about 12.7 px.
    /// </summary>
    public double LabelFontSize { get; init; } = 36;

    /// <summary>Open sea added east of the 975-unit frame, where the counts of the small northeastern states stand.</summary>
    public double EastMargin { get; init; } = 40;
}
