using NetTopologySuite.Geometries;

namespace IopFinder.Core.Geo.Maps;

/// <summary>
/// Equirectangular projection centred on a place: east-west degrees scaled by cos(latitude of the
/// centre), so a circle of miles around the centre is a circle on the map; y grows southwards.
/// </summary>
internal sealed class LocalProjection(GeoPoint centre, double unitsPerMile, MapPoint centreAt)
{
    /// <summary>Miles per degree of latitude (Earth's mean radius, as <see cref="GeoPoint.MilesTo"/>).</summary>
    public const double MilesPerDegree = 69.0933;

    private readonly double _cosLat = Math.Cos(centre.Lat * Math.PI / 180);

    /// <summary>Map units per mile.</summary>
    public double UnitsPerMile => unitsPerMile;

    /// <summary>A point's position on the map.</summary>
    public MapPoint Project(GeoPoint point) => Project(point.Lon, point.Lat);

    /// <summary>A lon/lat position on the map.</summary>
    public MapPoint Project(double lon, double lat) => new(
        centreAt.X + (lon - centre.Lon) * _cosLat * MilesPerDegree * unitsPerMile,
        centreAt.Y - (lat - centre.Lat) * MilesPerDegree * unitsPerMile);

    /// <summary>The lon/lat box that the map rectangle covers.</summary>
    public Envelope Unproject(double width, double height)
    {
        double Lon(double x) => centre.Lon + (x - centreAt.X) / (_cosLat * MilesPerDegree * unitsPerMile);
        double Lat(double y) => centre.Lat - (y - centreAt.Y) / (MilesPerDegree * unitsPerMile);
        return new Envelope(Lon(0), Lon(width), Lat(height), Lat(0));
    }
}
