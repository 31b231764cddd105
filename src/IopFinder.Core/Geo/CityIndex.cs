namespace IopFinder.Core.Geo;

/// <summary>The cities of the ZIP table: by "city|state" and by bare name, each with its ZIP count and mean centroid.</summary>
internal sealed class CityIndex
{
    private readonly Dictionary<string, CityPlace> _byCity;
    private readonly Dictionary<string, CityPlace[]> _byName;

    public CityIndex(IEnumerable<ZipPlace> places)
    {
        var sums = new Dictionary<string, (string City, string State, double Lat, double Lon, int Count)>(StringComparer.OrdinalIgnoreCase);
        foreach (var place in places)
        {
            if (place.City.Length == 0) continue;
            var key = Key(place.City, place.State);
            sums[key] = sums.TryGetValue(key, out var s)
                ? (s.City, s.State, s.Lat + place.Point.Lat, s.Lon + place.Point.Lon, s.Count + 1)
                : (place.City.Trim(), place.State.Trim(), place.Point.Lat, place.Point.Lon, 1);
        }
        _byCity = new Dictionary<string, CityPlace>(sums.Count, StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, List<CityPlace>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, s) in sums)
        {
            var city = new CityPlace(s.City, s.State, new GeoPoint(s.Lat / s.Count, s.Lon / s.Count), s.Count);
            _byCity[key] = city;
            if (!byName.TryGetValue(s.City, out var list)) byName[s.City] = list = [];
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

    private static string Key(string city, string state) => $"{city.Trim()}|{state.Trim()}";
}
