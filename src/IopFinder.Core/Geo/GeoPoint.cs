namespace IopFinder.Core.Geo;

/// <summary>A point on Earth in decimal degrees.</summary>
public readonly record struct GeoPoint(double Lat, double Lon)
{
    private const double EarthRadiusMiles = 3958.7613;

    /// <summary>Great-circle distance in miles (haversine).</summary>
    public double MilesTo(GeoPoint other)
    {
        var dLat = ToRadians(other.Lat - Lat);
        var dLon = ToRadians(other.Lon - Lon);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(ToRadians(Lat)) * Math.Cos(ToRadians(other.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMiles * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>True when the coordinates are real latitude and longitude.</summary>
    public bool IsValid => Lat is >= -90 and <= 90 && Lon is >= -180 and <= 180;

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
