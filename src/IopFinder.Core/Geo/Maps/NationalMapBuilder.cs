using IopFinder.Core.Geo.Outlines;
using NetTopologySuite.Algorithm.Construct;
using NetTopologySuite.Geometries;

namespace IopFinder.Core.Geo.Maps;

/// <summary>
/// Builds the national map: each of the 50 states and DC with its count and shade. The outlines and
/// label positions do not depend on the counts, so they are computed once and kept.
/// </summary>
/// <param name="outlines">The pre-projected Albers USA states (loaded on the first map).</param>
/// <param name="options">Detail; defaults when null.</param>
public sealed class NationalMapBuilder(UsOutlines outlines, NationalMapOptions? options = null)
{
    /// <summary>Width and height of the us-atlas Albers USA frame.</summary>
    public const double Width = 975, Height = 610;

    private readonly NationalMapOptions _options = options ?? new NationalMapOptions();
    private (IReadOnlyList<MapState> States, NationalLabelLayout Labels)? _shapes;

    /// <summary>The map with <paramref name="counts"/> (USPS code to count; states not named count 0), states in FIPS order.</summary>
    public NationalMap Build(IReadOnlyDictionary<string, int> counts)
    {
        // Two first calls at once may both compute the shapes; either result is the same.
        var (shapes, layout) = _shapes ??= Shapes();
        var withPrograms = shapes.Select(s => Count(counts, s)).Where(c => c > 0).Order().ToArray();
        var states = shapes.Select(s =>
        {
            var count = Count(counts, s);
            return s with { Count = count, Shade = Shade(count, withPrograms) };
        }).ToList();
        return new NationalMap(Width + _options.EastMargin, Height, states, layout.Place(states), _options.LabelFontSize);
    }

    private static int Count(IReadOnlyDictionary<string, int> counts, MapState state) => Math.Max(0, counts.GetValueOrDefault(state.Region.State));

    /// <summary>0 for none; otherwise by rank among the states with programs, so each shade holds about as many states.</summary>
    private int Shade(int count, int[] sorted)
    {
        if (count <= 0) return 0;
        var below = Array.BinarySearch(sorted, count);
        while (below > 0 && sorted[below - 1] == count) below--;
        return Math.Clamp(1 + below * _options.Shades / sorted.Length, 1, _options.Shades);
    }

    private (IReadOnlyList<MapState>, NationalLabelLayout) Shapes()
    {
        var states = new List<(MapState, Geometry)>();
        foreach (var shape in outlines.AlbersStates.OrderBy(s => s.Region.Fips, StringComparer.Ordinal))
        {
            var path = OutlineDrawing.Draw(shape.Shape, null, _options.Tolerance, null, _options.Decimals);
            if (path is null) continue;
            var (label, room) = LabelSpot(shape.Shape);
            states.Add((new MapState(shape.Region, path, label, room, 0, 0), shape.Shape));
        }
        return ([.. states.Select(s => s.Item1)], new NationalLabelLayout(states, _options.LabelFontSize, Width + _options.EastMargin, Height));
    }

    private (MapPoint Label, double Radius) LabelSpot(Geometry shape)
    {
        // The largest part: the Lower Peninsula of Michigan, the mainland of Alaska.
        var largest = Enumerable.Range(0, shape.NumGeometries).Select(shape.GetGeometryN).MaxBy(g => g.Area) ?? shape;
        // Found to within a unit of the 975×610 frame: finer costs time and moves no label visibly.
        var circle = new MaximumInscribedCircle(largest, 1);
        var centre = circle.GetCenter().Coordinate;
        var radius = circle.GetRadiusLine().Length;
        double Round(double v) => Math.Round(v, _options.Decimals, MidpointRounding.AwayFromZero);
        return (new MapPoint(Round(centre.X), Round(centre.Y)), Round(radius));
    }
}
