using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
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
        // Douglas-Peucker keeps polygons valid (it repairs what simplifying breaks), which the clip needs.
        var drawn = tolerance > 0 ? DouglasPeuckerSimplifier.Simplify(shape, tolerance) : shape;
        if (view is not null && !view.Contains(drawn.EnvelopeInternal))
        {
            drawn = Clip(drawn, view);
        }
        var path = SvgPathData.From(drawn, decimals);
        return path.Length > 0 ? path : null;
    }

    private static Geometry Clip(Geometry shape, Envelope view)
    {
        try
        {
            return OverlayNGRobust.Overlay(shape, shape.Factory.ToGeometry(view), SpatialFunction.Intersection);
        }
        catch (TopologyException)
        {
            // An outline the overlay cannot clip is drawn whole: the SVG viewBox clips it on screen.
            return shape;
        }
    }
}
