namespace IopFinder.Core.Geo;

/// <summary>A city of the ZIP table: its name and state as the table spells them, the centre of its ZIPs (<see cref="RobustCentre"/>), and how many ZIPs it has.</summary>
public sealed record CityPlace(string City, string State, GeoPoint Point, int ZipCount)
{
    /// <summary>"City, ST".</summary>
    public string Label => $"{City}, {State}";
}
