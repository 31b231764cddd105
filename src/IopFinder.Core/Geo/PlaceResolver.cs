using System.Globalization;
using System.Text.RegularExpressions;

namespace IopFinder.Core.Geo;

/// <summary>Resolves the <c>near</c> parameter: a 5-digit ZIP (ZIP+4 accepted), "City, ST", or "lat,lon".</summary>
public sealed partial class PlaceResolver(ZipTable zips)
{
    /// <summary>A bare coordinate farther than this from every ZIP has no state (it is not in the US).</summary>
    private const double MaxMilesToNearestZip = 60;

    /// <summary>The place, or null when the text names nothing we know.</summary>
    public ResolvedPlace? Resolve(string text)
    {
        text = text.Trim();
        var zipMatch = ZipPattern().Match(text);
        if (zipMatch.Success)
        {
            var place = zips.Find(zipMatch.Groups[1].Value);
            return place is null ? null : new ResolvedPlace(place.Point, place.State, Describe(place));
        }

        var coordinate = CoordinatePattern().Match(text);
        if (coordinate.Success)
        {
            var lat = double.Parse(coordinate.Groups[1].Value, CultureInfo.InvariantCulture);
            var lon = double.Parse(coordinate.Groups[2].Value, CultureInfo.InvariantCulture);
            var point = new GeoPoint(lat, lon);
            if (!point.IsValid) return null;
            var nearest = zips.Nearest(point);
            var state = nearest is not null && nearest.Point.MilesTo(point) <= MaxMilesToNearestZip ? nearest.State : null;
            return new ResolvedPlace(point, state, state is null ? $"{lat:0.####}, {lon:0.####}" : $"{lat:0.####}, {lon:0.####} ({state})");
        }

        var city = CityPattern().Match(text);
        if (city.Success)
        {
            var name = city.Groups[1].Value.Trim();
            var state = city.Groups[2].Value.ToUpperInvariant();
            if (zips.FindCity(name, state) is { } point)
            {
                return new ResolvedPlace(point, state, $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant())}, {state}");
            }
        }
        return null;
    }

    /// <summary>The warning shown when <see cref="Resolve"/> finds nothing.</summary>
    public static string NotFoundMessage(string text)
    {
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        return ZipPattern().IsMatch(text.Trim())
            ? $"ZIP {shown} not found, so results are not limited by distance."
            : $"We could not find the place '{shown}', so results are not limited by distance. Try a 5-digit ZIP or \"City, ST\".";
    }

    private static string Describe(ZipPlace place) =>
        place.City.Length > 0 ? $"{place.Zip} ({place.City}, {place.State})" : place.Zip;

    [GeneratedRegex(@"^(\d{5})(?:-\d{4})?$")]
    private static partial Regex ZipPattern();

    [GeneratedRegex(@"^(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$")]
    private static partial Regex CoordinatePattern();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z .'\-]{0,60}?)(?:\s*,\s*|\s+)([A-Za-z]{2})$")]
    private static partial Regex CityPattern();
}
