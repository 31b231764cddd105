using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Distance;

namespace IopFinder.Core.Geo.Outlines;

/// <summary>
/// Regions in lon/lat with an STR-tree over their envelopes and prepared outlines, so a point is
/// tested only against the few regions whose box holds it.
/// </summary>
public sealed class OutlineIndex
{
    private const double MilesPerDegreeLat = 69.05;
    private readonly STRtree<Entry> _tree = new();

    /// <summary>Indexes the shapes (lon/lat degrees).</summary>
    public OutlineIndex(IEnumerable<RegionShape> shapes)
    {
        var all = new List<RegionShape>();
        foreach (var shape in shapes)
        {
            all.Add(shape);
            _tree.Insert(shape.Shape.EnvelopeInternal, new Entry(shape, PreparedGeometryFactory.Prepare(shape.Shape)));
        }
        // Built now, not on the first query, so concurrent readers never race to build it.
        _tree.Build();
        Shapes = all;
    }

    /// <summary>Every indexed shape, in the order given.</summary>
    public IReadOnlyList<RegionShape> Shapes { get; }

    /// <summary>The region whose outline covers the point (a point on a shared border takes one of the two), or null.</summary>
    public Region? Locate(GeoPoint point)
    {
        var at = Factory.CreatePoint(new Coordinate(point.Lon, point.Lat));
        foreach (var entry in _tree.Query(at.EnvelopeInternal))
        {
            if (entry.Prepared.Covers(at)) return entry.Shape.Region;
        }
        return null;
    }

    /// <summary>
    /// The region whose outline comes closest to the point, when that is within <paramref name="miles"/>
    /// (haversine miles to the outline's nearest vertex or edge point); null otherwise.
    /// </summary>
    public Region? Nearest(GeoPoint point, double miles)
    {
        if (miles <= 0) return null;
        var at = Factory.CreatePoint(new Coordinate(point.Lon, point.Lat));
        var dLat = miles / MilesPerDegreeLat;
        var dLon = dLat / Math.Max(0.01, Math.Cos(point.Lat * Math.PI / 180));
        var box = new Envelope(point.Lon - dLon, point.Lon + dLon, point.Lat - dLat, point.Lat + dLat);
        Region? best = null;
        var bestMiles = miles;
        foreach (var entry in _tree.Query(box))
        {
            var nearest = DistanceOp.NearestPoints(entry.Shape.Shape, at)[0];
            var distance = point.MilesTo(new GeoPoint(nearest.Y, nearest.X));
            if (distance <= bestMiles)
            {
                bestMiles = distance;
                best = entry.Shape.Region;
            }
        }
        return best;
    }

    /// <summary>The shapes whose envelope meets the box (lon/lat degrees).</summary>
    public IEnumerable<RegionShape> Intersecting(Envelope box) => _tree.Query(box).Select(e => e.Shape);

    private static readonly GeometryFactory Factory = NetTopologySuite.NtsGeometryServices.Instance.CreateGeometryFactory();

    private sealed record Entry(RegionShape Shape, IPreparedGeometry Prepared);
}
