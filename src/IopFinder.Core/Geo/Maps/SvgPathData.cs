using System.Text;
using NetTopologySuite.Geometries;

namespace IopFinder.Core.Geo.Maps;

/// <summary>
/// Writes rings as compact SVG path data: per ring an absolute move ("M x y"), then relative lines
/// ("l dx dy …") and "z". Coordinates are rounded first and the steps taken between rounded values, so
/// rounding never accumulates; repeated points are dropped.
/// </summary>
internal static class SvgPathData
{
    /// <summary>Appends one closed ring (its last point repeating the first); false when fewer than three distinct points are left to draw.</summary>
    public static bool Ring(StringBuilder text, Coordinate[] ring, int decimals)
    {
        var unit = 1L;
        for (var d = 0; d < decimals; d++) unit *= 10;
        var points = new List<(long X, long Y)>(ring.Length);
        // The last coordinate repeats the first; "z" closes the ring instead.
        for (var i = 0; i < ring.Length - 1; i++)
        {
            var point = ((long)Math.Round(ring[i].X * unit, MidpointRounding.AwayFromZero), (long)Math.Round(ring[i].Y * unit, MidpointRounding.AwayFromZero));
            if (points.Count == 0 || points[^1] != point) points.Add(point);
        }
        if (points.Count > 1 && points[^1] == points[0]) points.RemoveAt(points.Count - 1);
        if (points.Count < 3) return false;

        text.Append('M');
        Append(text, points[0].X, unit, decimals, first: true);
        Append(text, points[0].Y, unit, decimals, first: false);
        text.Append('l');
        for (var i = 1; i < points.Count; i++)
        {
            Append(text, points[i].X - points[i - 1].X, unit, decimals, first: i == 1);
            Append(text, points[i].Y - points[i - 1].Y, unit, decimals, first: false);
        }
        text.Append('z');
        return true;
    }

    /// <summary>
    /// Appends a number given in units of 1/<paramref name="unit"/> (10^decimals) as SVG writes it: no trailing zeros, no "-0",
    /// "0.8" as ".8" and "-0.8" as "-.8"; separated by a space except where a minus sign already separates it.
    /// </summary>
    private static void Append(StringBuilder text, long scaled, long unit, int decimals, bool first)
    {
        var negative = scaled < 0;
        if (!first && !negative) text.Append(' ');
        if (negative) text.Append('-');
        var abs = Math.Abs(scaled);
        var (whole, fraction) = (abs / unit, abs % unit);
        if (whole > 0 || fraction == 0) text.Append(whole);
        if (fraction == 0) return;
        var digits = decimals;
        while (fraction % 10 == 0) (fraction, digits) = (fraction / 10, digits - 1);
        text.Append('.');
        // Leading zeros of the fraction: 0.05 is ".05".
        var length = 1;
        for (var rest = fraction; rest >= 10; rest /= 10) length++;
        for (; length < digits; length++) text.Append('0');
        text.Append(fraction);
    }
}
