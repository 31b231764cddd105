namespace IopFinder.Core.Geo;

/// <summary>The cities of the ZIP table: by "city|state" and by bare name, each with its ZIP count and centre (<see cref="RobustCentre"/>).</summary>
internal sealed class CityIndex
{
    private readonly Dictionary<string, CityPlace> _byCity;
    private readonly Dictionary<string, CityPlace[]> _byName;
    private readonly Dictionary<string, GeoPoint> _states;

    public CityIndex(IReadOnlyList<ZipPlace> places)
    {
        var groups = new Dictionary<string, (string City, string State, List<GeoPoint> Points)>(StringComparer.OrdinalIgnoreCase);
        foreach (var place in places)
        {
            if (place.City.Length == 0) continue;
            var key = Key(place.City, place.State);
            if (!groups.TryGetValue(key, out var group)) groups[key] = group = (place.City.Trim(), place.State.Trim(), []);
            group.Points.Add(place.Point);
        }
        _states = places.Where(p => p.State.Length > 0).GroupBy(p => p.State.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => new GeoPoint(g.Average(p => p.Point.Lat), g.Average(p => p.Point.Lon)), StringComparer.OrdinalIgnoreCase);
        _byCity = new Dictionary<string, CityPlace>(groups.Count, StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, List<CityPlace>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, g) in groups)
        {
            var city = new CityPlace(g.City, g.State, RobustCentre.Of(g.Points), g.Points.Count);
            _byCity[key] = city;
            if (!byName.TryGetValue(g.City, out var list)) byName[g.City] = list = [];
            list.Add(city);
        }
        // The likeliest city of a bare name is the one with the most ZIPs: a city's ZIP count grows with its size.
        _byName = byName.ToDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(c => c.ZipCount).ThenBy(c => c.State, StringComparer.Ordinal).ToArray(),
            StringComparer.OrdinalIgnoreCase);
    }

    public CityPlace? Find(string city, string state) => _byCity.GetValueOrDefault(Key(city, state));

    public IReadOnlyList<CityPlace> FindAll(string city) => _byName.TryGetValue(city.Trim(), out var places) ? places : [];

    /// <summary>The mean of a state's ZIP centroids, or null when the table has none.</summary>
    public GeoPoint? StateCentre(string state) => _states.TryGetValue(state, out var point) ? point : null;

    private static string Key(string city, string state) => $"{city.Trim()}|{state.Trim()}";
}
