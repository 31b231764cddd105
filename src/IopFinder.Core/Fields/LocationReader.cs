using IopFinder.Core.Common;
using System.Text.RegularExpressions;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Fields;

/// <summary>Reads <c>locations</c>: city, state and a ZIP the centroid table knows; coordinates optional but in range.</summary>
internal sealed partial class LocationReader(YamlFields file, ZipTable zips)
{
    internal static readonly string[] LocationKeys = ["address", "city", "state", "zip", "lat", "lon"];

    public IReadOnlyList<Location> Read(YamlMappingNode map)
    {
        var locations = new List<Location>();
        foreach (var (entry, fields, _) in file.Entries(map, "locations", LocationKeys, " in a location"))
        {
            var city = fields.Text(entry, "city");
            var state = fields.Text(entry, "state")?.ToUpperInvariant();
            var zip = fields.Text(entry, "zip");
            var ok = true;
            if (string.IsNullOrWhiteSpace(city)) { fields.Error(entry, "a location needs a 'city'", "city", ProblemCodes.LocationCity); ok = false; }
            if (state is null) { fields.Error(entry, "a location needs a two-letter 'state'", "state", ProblemCodes.LocationState); ok = false; }
            else if (!UsStates.IsValid(state))
            {
                var near = Suggestions.Closest(state, UsStates.Names.Keys);
                fields.Error(YamlFields.Get(entry, "state")!, $"'{state}' is not a two-letter US state{Suggestions.Hint(near)}", "state", ProblemCodes.LocationStateUnknown, state, near ?? "");
                ok = false;
            }
            if (zip is null) { fields.Error(entry, "a location needs a five-digit 'zip' (in quotes: \"02139\")", "zip", ProblemCodes.ZipRequired); ok = false; }
            else if (!ZipPattern().IsMatch(zip))
            {
                fields.Error(YamlFields.Get(entry, "zip")!, $"ZIP '{zip}' must be five digits in quotes, like \"02139\"", "zip", ProblemCodes.ZipFormat, zip);
                ok = false;
            }
            else if (zips.Find(zip) is null)
            {
                fields.Error(YamlFields.Get(entry, "zip")!, $"ZIP {zip} is not a US ZIP code we know", "zip", ProblemCodes.ZipUnknown, zip);
                ok = false;
            }

            var lat = fields.Double(entry, "lat", -90, 90);
            var lon = fields.Double(entry, "lon", -180, 180);
            var hasLat = YamlFields.Get(entry, "lat") is not null;
            var hasLon = YamlFields.Get(entry, "lon") is not null;
            if (hasLat != hasLon)
            {
                fields.Error(entry, "give both 'lat' and 'lon', or neither (the ZIP's centre is used)", hasLat ? "lon" : "lat", ProblemCodes.LatLon);
                ok = false;
            }
            if (!ok || (hasLat && (lat is null || lon is null))) continue;

            locations.Add(new Location
            {
                Address = fields.Text(entry, "address"),
                City = city!,
                State = state!,
                Zip = zip!,
                Point = lat is { } la && lon is { } lo ? new GeoPoint(la, lo) : null,
            });
        }
        return locations;
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex ZipPattern();
}
