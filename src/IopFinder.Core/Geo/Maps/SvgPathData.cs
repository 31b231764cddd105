using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace IopFinder.Core.Geo.Maps;

/// <summary>
/// Writes polygons as compact SVG path data: per ring an absolute move ("M x y"), then relative lines
/// ("l dx dy …") and "z". Coordinates are rounded first and the steps taken between rounded values, so
/// rounding never accumulates; repeated points are dropped.
/// </summary>
internal static class SvgPathData
{
    /// <summary>The path data of every polygon in the geometry (lines and points are skipped); empty when nothing is left.</summary>
    public static string From(Geometry geometry, int decimals)
    {
        var text = new StringBuilder();
        var scale = Math.Pow(10, decimals);
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not Polygon polygon || polygon.IsEmpty) continue;
            Ring(text, polygon.ExteriorRing.CoordinateSequence, scale, decimals);
            foreach (var hole in polygon.InteriorRings) Ring(text, hole.CoordinateSequence, scale, decimals);
        }
        return text.ToString();
    }

    /// <summary>A number as SVG writes it: rounded, invariant, no trailing zeros, no "-0".</summary>
    public static string Number(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0;
        return rounded.ToString(decimals > 0 ? "0." + new string('#', decimals) : "0", CultureInfo.InvariantCulture);
    }

    private static void Ring(StringBuilder text, CoordinateSequence ring, double scale, int decimals)
    {
        var points = new List<(long X, long Y)>(ring.Count);
        // The last coordinate repeats the first; "z" closes the ring instead.
        for (var i = 0; i < ring.Count - 1; i++)
        {
            var point = ((long)Math.Round(ring.GetX(i) * scale, MidpointRounding.AwayFromZero), (long)Math.Round(ring.GetY(i) * scale, MidpointRounding.AwayFromZero));
            if (points.Count == 0 || points[^1] != point) points.Add(point);
        }
        if (points.Count > 1 && points[^1] == points[0]) points.RemoveAt(points.Count - 1);
        if (points.Count < 3) return;

        text.Append('M');
        Append(text, points[0].X / scale, decimals, first: true);
        Append(text, points[0].Y / scale, decimals, first: false);
        text.Append('l');
        for (var i = 1; i < points.Count; i++)
        {
            Append(text, (points[i].X - points[i - 1].X) / scale, decimals, first: i == 1);
            Append(text, (points[i].Y - points[i - 1].Y) / scale, decimals, first: false);
        }
        text.Append('z');
    }

    // Numbers are separated by a space, except where a minus sign already separates them.
    private static void Append(StringBuilder text, double value, int decimals, bool first)
    {
        var number = Number(value, decimals);
        // "0.8" is written ".8" and "-0.8" "-.8", as SVG allows.
        if (number.StartsWith("0.", StringComparison.Ordinal)) number = number[1..];
        else if (number.StartsWith("-0.", StringComparison.Ordinal)) number = "-" + number[2..];
        if (!first && number[0] != '-') text.Append(' ');
        text.Append(number);
    }
}
