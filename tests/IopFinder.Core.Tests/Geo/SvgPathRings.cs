using System.Globalization;
using System.Text.RegularExpressions;
using IopFinder.Core.Geo.Maps;

namespace IopFinder.Core.Tests.Geo;

/// <summary>Reads the path data the map builders write ("M x y l dx dy … z") back into rings, to test what is drawn.</summary>
public static partial class SvgPathRings
{
    public static List<List<MapPoint>> Parse(string d)
    {
        var rings = new List<List<MapPoint>>();
        foreach (Match command in Command().Matches(d))
        {
            var numbers = Number().Matches(command.Groups[2].Value).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
            switch (command.Groups[1].Value)
            {
                case "M":
                    rings.Add([new MapPoint(numbers[0], numbers[1])]);
                    break;
                case "l":
                    var ring = rings[^1];
                    for (var i = 0; i + 1 < numbers.Length; i += 2)
                    {
                        ring.Add(new MapPoint(ring[^1].X + numbers[i], ring[^1].Y + numbers[i + 1]));
                    }
                    break;
            }
        }
        return rings;
    }

    /// <summary>Inside by the even-odd rule over every ring, as the maps fill them.</summary>
    public static bool Contains(string d, MapPoint p)
    {
        var inside = false;
        foreach (var ring in Parse(d))
        {
            for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            {
                var (a, b) = (ring[i], ring[j]);
                if ((a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X - a.X) * (p.Y - a.Y) / (b.Y - a.Y) + a.X) inside = !inside;
            }
        }
        return inside;
    }

    [GeneratedRegex(@"([MlzZ])([^MlzZ]*)")]
    private static partial Regex Command();

    [GeneratedRegex(@"-?(?:\d+\.?\d*|\.\d+)")]
    private static partial Regex Number();
}
