using System.Numerics;

namespace IopFinder.Core.Search;

/// <summary>The outcome of one pass over the catalog: listings that pass, and those failing only within one cluster (for facets and suggestions).</summary>
internal sealed record FilterOutcome(List<int> Results, List<(int Doc, int Mask)> NearMisses);

/// <summary>One pass over every listing: distance to the origin (bounding box first), then the failure mask.</summary>
internal static class FilterPass
{
    public static FilterOutcome Run(ListingTable table, FilterPlan plan, double[] distances)
    {
        var results = new List<int>();
        var nearMisses = new List<(int, int)>();
        for (var doc = 0; doc < table.Count; doc++)
        {
            var distance = plan.Origin is null ? double.PositiveInfinity : NearestInBox(table, plan, doc);
            distances[doc] = distance;
            var mask = plan.FailMask(doc, distance);
            if (mask == 0) results.Add(doc);
            else if (IsNearMiss(mask)) nearMisses.Add((doc, mask));
        }
        return new FilterOutcome(results, nearMisses);
    }

    /// <summary>Fails one group only, or only groups of one cluster.</summary>
    public static bool IsNearMiss(int mask) =>
        BitOperations.PopCount((uint)mask) == 1
        || (mask & ~FilterPlan.ScheduleCluster) == 0
        || (mask & ~FilterPlan.DistanceCluster) == 0;

    /// <summary>Miles to the nearest location, if any lies within the radius's bounding box; infinity otherwise.</summary>
    private static double NearestInBox(ListingTable table, FilterPlan plan, int doc)
    {
        var origin = plan.Origin!.Point;
        var latSpan = plan.Radius / 68.0;
        var lonSpan = plan.Radius / Math.Max(1, 68.0 * Math.Cos(origin.Lat * Math.PI / 180));
        var best = double.PositiveInfinity;
        for (var l = table.LocationStart[doc]; l < table.LocationStart[doc + 1]; l++)
        {
            var lat = table.LocationLat[l];
            var lon = table.LocationLon[l];
            if (Math.Abs(lat - origin.Lat) > latSpan || Math.Abs(lon - origin.Lon) > lonSpan) continue;
            var miles = origin.MilesTo(new Geo.GeoPoint(lat, lon));
            if (miles < best) best = miles;
        }
        return best;
    }
}
