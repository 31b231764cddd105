using System.Numerics;

namespace IopFinder.Core.Search;

/// <summary>One pass over every listing: distance to the origin (bounding box first), then the failure mask.</summary>
internal static class FilterPass
{
    public static FilterOutcome Run(ListingTable table, FilterPlan plan, double[] distances)
    {
        var outcome = new FilterOutcome(table.Count);
        if (plan.ActiveMask == 0)
        {
            // Nothing to test: every listing passes (the home page).
            for (var doc = 0; doc < table.Count; doc++) outcome.AddResult(doc);
            Array.Fill(distances, double.PositiveInfinity, 0, table.Count);
            return outcome;
        }
        for (var doc = 0; doc < table.Count; doc++)
        {
            var distance = plan.Origin is null ? double.PositiveInfinity : NearestInBox(table, plan, doc);
            distances[doc] = distance;
            var mask = plan.FailMask(doc, distance);
            if (mask == 0) outcome.AddResult(doc);
            else if (IsNearMiss(mask)) outcome.AddMiss(doc, mask);
        }
        return outcome;
    }

    /// <summary>Fails one group only, or only groups of one cluster.</summary>
    public static bool IsNearMiss(int mask)
    {
        var groups = mask & ~FilterPlan.CombinationBit;
        return BitOperations.PopCount((uint)groups) == 1
            || (groups & ~FilterPlan.ScheduleCluster) == 0
            || (groups & ~FilterPlan.DistanceCluster) == 0;
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
