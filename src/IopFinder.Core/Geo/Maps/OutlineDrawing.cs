using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Simplify;

namespace IopFinder.Core.Geo.Maps;

/// <summary>
/// Turns an outline into path data ring by ring: projected to map units, simplified for the drawn scale,
/// clipped to the view. Working on each ring's points, without building geometries on the way, keeps a
/// map of a dozen counties to a few hundred projected points per page.
/// </summary>
internal static class OutlineDrawing
{
    /// <summary>The path data, or null when nothing of the outline is left in view.</summary>
    /// <param name="shape">The outline, in map units or (with <paramref name="projection"/>) in degrees.</param>
    /// <param name="projection">Projects degrees to map units; null when the outline is in map units already.</param>
    /// <param name="tolerance">Douglas-Peucker distance in map units; detail finer than this is not drawn.</param>
    /// <param name="view">The visible rectangle, or null for no clipping.</param>
    /// <param name="decimals">Decimals of the path coordinates.</param>
    public static string? Draw(Geometry shape, LocalProjection? projection, double tolerance, Envelope? view, int decimals)
    {
        var text = new StringBuilder();
        var clipper = view is null ? null : new RingClipper(view);
        for (var i = 0; i < shape.NumGeometries; i++)
        {
            if (shape.GetGeometryN(i) is not Polygon polygon || polygon.IsEmpty) continue;
            // A shell simplified or clipped away takes its holes with it.
            if (!Ring(text, polygon.ExteriorRing, projection, tolerance, view, clipper, decimals)) continue;
            foreach (var hole in polygon.InteriorRings) Ring(text, hole, projection, tolerance, view, clipper, decimals);
        }
        return text.Length > 0 ? text.ToString() : null;
    }

    private static bool Ring(StringBuilder text, LineString ring, LocalProjection? projection, double tolerance, Envelope? view, RingClipper? clipper, int decimals)
    {
        var points = projection is null ? ring.Coordinates : Projected(ring.CoordinateSequence, projection);
        // Without the topology repair Douglas-Peucker offers for whole polygons (a buffer, by far the
        // costliest step): rings are clipped one by one and filled even-odd, which a ring that
        // simplifying made touch itself does not disturb.
        if (tolerance > 0) points = DouglasPeuckerLineSimplifier.Simplify(points, tolerance);
        if (points.Length < 4) return false;
        if (clipper is not null && !view!.Contains(Bounds(points)))
        {
            // A rectangle clipper (Cohen-Sutherland): the ring may run along the view's edge, which a drawing does not mind.
            points = clipper.Clip(points);
            if (points.Length == 0) return false;
            if (!points[0].Equals2D(points[^1])) points = [.. points, points[0].Copy()];
            if (points.Length < 4) return false;
        }
        return SvgPathData.Ring(text, points, decimals);
    }

    private static Coordinate[] Projected(CoordinateSequence ring, LocalProjection projection)
    {
        var points = new Coordinate[ring.Count];
        for (var i = 0; i < points.Length; i++)
        {
            var at = projection.Project(ring.GetX(i), ring.GetY(i));
            points[i] = new Coordinate(at.X, at.Y);
        }
        return points;
    }

    private static Envelope Bounds(Coordinate[] points)
    {
        var bounds = new Envelope();
        foreach (var p in points) bounds.ExpandToInclude(p);
        return bounds;
    }
}
