using System.Collections.Concurrent;
using IopFinder.Core.Geo.Outlines;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace IopFinder.Core.Geo.Maps;

/// <summary>
/// Builds the map of a search with <c>near</c>: county outlines around the place, the radius circle,
/// the place and a pin per program location. Projection: equirectangular centred on the place.
/// </summary>
/// <param name="outlines">Counties and states (loaded on the first map).</param>
/// <param name="options">Size and detail; defaults when null.</param>
public sealed class LocalMapBuilder(UsOutlines outlines, LocalMapOptions? options = null)
{
    private const double MinRadiusMiles = 0.5;
    private readonly LocalMapOptions _options = options ?? new LocalMapOptions();
    // Outlines simplified in degrees, per power-of-two tolerance: every map of a similar scale reuses them,
    // so a map costs a few hundred vertices to project and clip instead of the full-resolution outlines.
    private readonly ConcurrentDictionary<(string Fips, int Level), Geometry> _simplified = new();

    /// <summary>The map of <paramref name="radiusMiles"/> around <paramref name="origin"/>, widened if needed so every pin is in view.</summary>
    /// <param name="origin">The searched place.</param>
    /// <param name="radiusMiles">The search radius; below half a mile (or not a number) half a mile is drawn.</param>
    /// <param name="pins">The program locations to pin, with their numbers; one whose point is not a real coordinate is left out.</param>
    /// <exception cref="ArgumentOutOfRangeException">The origin is not a real coordinate.</exception>
    public LocalMap Build(GeoPoint origin, double radiusMiles, IReadOnlyList<PinLocation> pins)
    {
        if (!origin.IsValid) throw new ArgumentOutOfRangeException(nameof(origin), origin, "not a coordinate");
        var radius = double.IsFinite(radiusMiles) && radiusMiles > MinRadiusMiles ? radiusMiles : MinRadiusMiles;
        var validPins = pins.Where(p => p.Point.IsValid).ToArray();

        var projection = Frame(origin, radius, validPins, out var width, out var height);
        var view = new Envelope(0, width, 0, height);
        var centre = projection.Project(origin);
        var placed = validPins.Select(p => (p, projection.Project(p.Point))).ToArray();
        var (mapPins, groups) = PinLayout.Arrange(placed, centre, _options.PinRadius, width, height);

        return new LocalMap(
            Round(width),
            Round(height),
            Areas(projection, view, radius),
            new MapCircle(Round(centre.X), Round(centre.Y), Round(radius * projection.UnitsPerMile)),
            new MapPoint(Round(centre.X), Round(centre.Y)),
            _options.PinRadius,
            [.. mapPins.Select(p => p with { At = Round(p.At), Shown = Round(p.Shown) })],
            [.. groups.Select(g => g with { Centre = Round(g.Centre) })]);
    }

    /// <summary>The circle with a margin, widened to hold every pin with room for its marker; the longer side is <see cref="LocalMapOptions.Size"/>.</summary>
    private LocalProjection Frame(GeoPoint origin, double radius, IReadOnlyList<PinLocation> pins, out double width, out double height)
    {
        var half = radius * (1 + _options.Margin);
        // Miles east and south of the origin.
        var unit = new LocalProjection(origin, 1, new MapPoint(0, 0));
        var miles = pins.Select(p => unit.Project(p.Point)).ToArray();
        var unitsPerMile = _options.Size / (2 * half);
        var (west, east, north, south) = (-half, half, -half, half);
        // A marker's room in miles depends on the scale, which the widening changes: a few rounds settle it.
        for (var round = 0; round < 4 && miles.Length > 0; round++)
        {
            var pad = 1.5 * _options.PinRadius / unitsPerMile;
            (west, east, north, south) = (-half, half, -half, half);
            foreach (var at in miles)
            {
                (west, east) = (Math.Min(west, at.X - pad), Math.Max(east, at.X + pad));
                (north, south) = (Math.Min(north, at.Y - pad), Math.Max(south, at.Y + pad));
            }
            unitsPerMile = _options.Size / Math.Max(east - west, south - north);
        }
        width = (east - west) * unitsPerMile;
        height = (south - north) * unitsPerMile;
        return new LocalProjection(origin, unitsPerMile, new MapPoint(-west * unitsPerMile, -north * unitsPerMile));
    }

    private List<MapArea> Areas(LocalProjection projection, Envelope view, double radius)
    {
        var index = radius > _options.CountyRadiusLimit ? outlines.States : outlines.Counties;
        var box = projection.Unproject(view.Width, view.Height);
        var areas = new List<MapArea>();
        foreach (var shape in index.Intersecting(box).OrderBy(s => s.Region.Fips, StringComparer.Ordinal))
        {
            var path = OutlineDrawing.Draw(Simplified(shape, projection.UnitsPerMile), projection, _options.Tolerance, view, _options.Decimals);
            if (path is not null) areas.Add(new MapArea(shape.Region, path));
        }
        return areas;
    }

    /// <summary>
    /// The outline simplified to the largest power of two (in degrees) within the drawing tolerance:
    /// a degree of longitude is at most a degree of latitude wide, so the error stays under the tolerance.
    /// </summary>
    private Geometry Simplified(RegionShape shape, double unitsPerMile)
    {
        if (_options.Tolerance <= 0) return shape.Shape;
        var degrees = _options.Tolerance / (unitsPerMile * LocalProjection.MilesPerDegree);
        var level = Math.Clamp((int)Math.Floor(Math.Log2(degrees)), -20, 0);
        return _simplified.GetOrAdd((shape.Region.Fips, level), key => DouglasPeuckerSimplifier.Simplify(shape.Shape, Math.Pow(2, key.Level)));
    }

    private double Round(double value) => Math.Round(value, _options.Decimals, MidpointRounding.AwayFromZero);

    private MapPoint Round(MapPoint p) => new(Round(p.X), Round(p.Y));
}
