namespace IopFinder.Core.Geo;

/// <summary>
/// The centre of a city's ZIP centroids that one wrong row cannot move: the mean of the points left
/// once those far from the median point are dropped. A plain mean let one ZIP with a flipped
/// longitude move New York 50 miles east, onto Long Island.
/// </summary>
internal static class RobustCentre
{
    /// <summary>A point this close to the median always counts: a small town's ZIPs lie within a few miles of each other.</summary>
    public const double MinCutoffMiles = 10;

    /// <summary>Points farther than this many times the median point's typical (median) distance are dropped.</summary>
    public const double Spread = 3;

    /// <summary>The centre of the points; the one point itself when there is one.</summary>
    /// <exception cref="ArgumentException">No points.</exception>
    public static GeoPoint Of(IReadOnlyList<GeoPoint> points)
    {
        if (points.Count == 0) throw new ArgumentException("a centre needs at least one point", nameof(points));
        if (points.Count <= 2) return Mean(points);
        var median = new GeoPoint(Median(points.Select(p => p.Lat)), Median(points.Select(p => p.Lon)));
        var distances = points.Select(median.MilesTo).ToArray();
        var cutoff = Math.Max(MinCutoffMiles, Spread * Median(distances));
        var kept = points.Where((_, i) => distances[i] <= cutoff).ToList();
        return kept.Count == 0 ? median : Mean(kept);
    }

    private static GeoPoint Mean(IReadOnlyList<GeoPoint> points) => new(points.Average(p => p.Lat), points.Average(p => p.Lon));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
