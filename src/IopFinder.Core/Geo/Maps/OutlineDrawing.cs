using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Simplify;

namespace IopFinder.Core.Geo.Maps;

/// <summary>Turns an outline already in map units into path data: simplified for the drawn scale, clipped to the view.</summary>
internal static class OutlineDrawing
{
    /// <summary>The path data, or null when nothing of the outline is left in view.</summary>
    /// <param name="shape">The outline in map units.</param>
    /// <param name="tolerance">Douglas-Peucker distance in map units; detail finer than this is not drawn.</param>
    /// <param name="view">The visible rectangle, or null for no clipping.</param>
    /// <param name="decimals">Decimals of the path coordinates.</param>
    public static string? Draw(Geometry shape, double tolerance, Envelope? view, int decimals)
    {
        // Without the topology repair (a buffer, the costliest step by far): the rectangle clipper works ring
        // by ring and an even-odd fill draws a ring that simplifying made touch itself just the same.
        var drawn = tolerance > 0 ? new DouglasPeuckerSimplifier(shape) { DistanceTolerance = tolerance, EnsureValidTopology = false }.GetResultGeometry() : shape;
        if (view is not null && !view.Contains(drawn.EnvelopeInternal))
        {
            drawn = Clip(drawn, view);
        }
        var path = SvgPathData.From(drawn, decimals);
        return path.Length > 0 ? path : null;
    }

    /// <summary>
    /// Each ring cut to the view with a rectangle clipper (Cohen-Sutherland): the rings may run along the
    /// view's edge, which a drawing does not mind, and it costs a fraction of a full overlay.
    /// </summary>
    private static Geometry Clip(Geometry shape, Envelope view)
    {
        var clipper = new RingClipper(view);
        var factory = shape.Factory;
        var polygons = new List<Polygon>();
        for (var i = 0; i < shape.NumGeometries; i++)
        {
            if (shape.GetGeometryN(i) is not Polygon polygon || !view.Intersects(polygon.EnvelopeInternal)) continue;
            if (Ring(clipper, polygon.ExteriorRing, factory) is not { } shell) continue;
            var holes = polygon.InteriorRings.Where(h => view.Intersects(h.EnvelopeInternal))
                .Select(h => Ring(clipper, h, factory)).OfType<LinearRing>().ToArray();
            polygons.Add(factory.CreatePolygon(shell, holes));
        }
        return factory.CreateMultiPolygon([.. polygons]);
    }

    private static LinearRing? Ring(RingClipper clipper, LineString ring, GeometryFactory factory)
    {
        var points = clipper.Clip(ring.Coordinates);
        if (points.Length == 0) return null;
        if (!points[0].Equals2D(points[^1])) points = [.. points, points[0].Copy()];
        return points.Length < 4 ? null : factory.CreateLinearRing(points);
    }
}
