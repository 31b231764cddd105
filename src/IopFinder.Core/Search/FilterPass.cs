using System.Numerics;

namespace IopFinder.Core.Search;

/// <summary>One pass over every listing: distance to the origin (bounding box first), then each filter's verdict.</summary>
internal static class FilterPass
{
    public static FilterOutcome Run(ListingTable table, FilterPlan plan, double[] distances)
    {
        var outcome = new FilterOutcome(table.Count);
        for (var doc = 0; doc < table.Count; doc++)
        {
            var distance = plan.Origin is null ? double.PositiveInfinity : NearestInBox(table, plan, doc);
            distances[doc] = distance;
            var fail = plan.Evaluate(doc, distance, out var unknown);
            if (fail == 0 && unknown == 0)
            {
                outcome.AddResult(doc);
                continue;
            }
            if (fail == 0) outcome.AddUnknown(doc, unknown);
            // For facets and suggestions, not answering a filter keeps a listing out just as failing it does.
            var notMatched = fail | unknown;
            if (IsNearMiss(plan, notMatched)) outcome.AddMiss(doc, notMatched);
        }
        return outcome;
    }

    /// <summary>Fails one group only, or only groups of one cluster.</summary>
    public static bool IsNearMiss(FilterPlan plan, int mask)
    {
        var groups = mask & ~plan.CombinationBit;
        return BitOperations.PopCount((uint)groups) == 1
            || (groups & ~plan.ScheduleCluster) == 0
            || (groups & ~plan.DistanceCluster) == 0;
    }

    /// <summary>Miles to the nearest location, if any lies within the radius's bounding box; infinity otherwise.</summary>
    private static double NearestInBox(ListingTable table, FilterPlan plan, int doc)
    {
        var start = table.LocationStart[doc];
        var end = table.LocationStart[doc + 1];
        if (start == end) return double.PositiveInfinity;
        var origin = plan.Origin!.Point;
        var best = double.PositiveInfinity;
        for (var l = start; l < end; l++)
        {
            var lat = table.LocationLat[l];
            var lon = table.LocationLon[l];
            if (Math.Abs(lat - origin.Lat) > plan.LatSpan || Math.Abs(lon - origin.Lon) > plan.LonSpan) continue;
            var miles = origin.MilesTo(new Geo.GeoPoint(lat, lon));
            if (miles < best) best = miles;
        }
        return best;
    }
}
