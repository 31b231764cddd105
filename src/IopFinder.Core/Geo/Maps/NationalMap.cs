namespace IopFinder.Core.Geo.Maps;

/// <summary>The United States in Albers USA (Alaska and Hawaii as insets): viewBox <c>0 0 Width Height</c> and the 50 states and DC.</summary>
/// <param name="Width">viewBox width: the 975-unit Albers frame and an open margin east of it for labels.</param>
/// <param name="Height">viewBox height.</param>
/// <param name="States">Every state and DC, in FIPS order.</param>
/// <param name="Labels">The count of every state with programs, where it stands (<see cref="NationalLabelLayout"/>).</param>
/// <param name="LabelFontSize">The size the labels were laid out for, in viewBox units.</param>
public sealed record NationalMap(double Width, double Height, IReadOnlyList<MapState> States, IReadOnlyList<MapLabel> Labels, double LabelFontSize);
