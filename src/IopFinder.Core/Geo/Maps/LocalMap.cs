namespace IopFinder.Core.Geo.Maps;

/// <summary>
/// A map around a searched place, ready to draw: viewBox <c>0 0 Width Height</c>, outlines of the
/// counties (or, for a wide radius, states) in view, the radius circle, the origin and the pins.
/// </summary>
/// <param name="Width">viewBox width.</param>
/// <param name="Height">viewBox height.</param>
/// <param name="Areas">County or state outlines meeting the view, clipped to it.</param>
/// <param name="Radius">The search radius around the origin.</param>
/// <param name="Origin">The searched place.</param>
/// <param name="PinRadius">Radius of a pin in viewBox units (pins whose true positions are closer than twice this are grouped).</param>
/// <param name="Pins">Every pin, in the order given.</param>
/// <param name="Groups">Groups of overlapping pins.</param>
public sealed record LocalMap(
    double Width,
    double Height,
    IReadOnlyList<MapArea> Areas,
    MapCircle Radius,
    MapPoint Origin,
    double PinRadius,
    IReadOnlyList<MapPin> Pins,
    IReadOnlyList<MapPinGroup> Groups);
