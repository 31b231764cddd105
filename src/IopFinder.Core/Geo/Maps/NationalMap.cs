namespace IopFinder.Core.Geo.Maps;

/// <summary>The United States in Albers USA (Alaska and Hawaii as insets): viewBox <c>0 0 Width Height</c> and the 50 states and DC.</summary>
public sealed record NationalMap(double Width, double Height, IReadOnlyList<MapState> States);
