using System.Globalization;
using System.Text.RegularExpressions;
using IopFinder.Core.Geo.Outlines;

namespace IopFinder.Core.Geo;

/// <summary>
/// Resolves the <c>near</c> parameter: a 5-digit ZIP (ZIP+4 accepted), a ZIP with its city around it
/// ("Chicago 60614", "60614 Chicago, IL": the ZIP wins), a state ("Ohio", "OH", "New York state"),
/// "City, ST", a bare city (the one with the most ZIPs, the others as alternatives), or "lat,lon"
/// (state and county from the Census outlines, named by the nearest ZIP's city).
/// </summary>
/// <param name="zips">ZIP centroids, cities and states.</param>
/// <param name="outlines">State and county outlines for coordinates; <see cref="UsOutlines.Default"/> when null (loaded on the first coordinate, not before).</param>
/// <param name="options">Limits; defaults when null.</param>
public sealed partial class PlaceResolver(ZipTable zips, UsOutlines? outlines = null, PlaceOptions? options = null)
{
    private readonly UsOutlines _outlines = outlines ?? UsOutlines.Default;
    private readonly PlaceOptions _options = options ?? new PlaceOptions();

    /// <summary>The place, or null when the text names nothing we know (see <see cref="Lookup"/> for why).</summary>
    public ResolvedPlace? Resolve(string text) => Lookup(text).Place;

    /// <summary>The place with what to tell the user, or the reason there is none. Never throws on any text.</summary>
    public PlaceResolution Lookup(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return PlaceResolution.Fail(PlaceIssue.Empty);
        if (text.Length > _options.MaxLength) return PlaceResolution.Fail(PlaceIssue.TooLong);
        text = Spaces().Replace(text.Trim(), " ");

        if (ZipPattern().Match(text) is { Success: true } zip) return FromZip(zip.Groups[1].Value);
        if (CoordinatePattern().Match(text) is { Success: true } coordinate) return FromCoordinate(coordinate);
        if (ZipWithCityPattern().Match(text) is { Success: true } zipWithCity) return FromZip(zipWithCity.Groups["zip"].Value);
        if (FromState(text) is { } wholeState) return wholeState;

        if (CityPattern().Match(text) is { Success: true } city && UsStates.CodeOf(city.Groups[2].Success ? city.Groups[2].Value : city.Groups[3].Value) is { } state
            && FindCity(city.Groups[1].Value, state) is { } place)
        {
            return new PlaceResolution(new ResolvedPlace(place.Point, place.State, place.Label), PlaceIssue.None);
        }
        return BareCityPattern().IsMatch(text) ? FromBareCity(text) : PlaceResolution.Fail(PlaceIssue.NotFound);
    }

    /// <summary>A known 5-digit ZIP as a place, or null (used for ZIPs found in free text).</summary>
    internal ResolvedPlace? PlaceOfZip(string zip) => zips.Find(zip) is { } place ? new ResolvedPlace(place.Point, place.State, Describe(place)) : null;

    /// <summary>A city in a state as a place, or null; "St."/"Ft."/"Mt." are read as Saint, Fort, Mount, and "New York City" as New York.</summary>
    internal CityPlace? FindCity(string name, string state)
    {
        foreach (var spelling in Spellings(name))
        {
            if (zips.FindCityPlace(spelling, state) is { } place) return place;
        }
        return null;
    }

    private PlaceResolution FromZip(string zip) =>
        PlaceOfZip(zip) is { } place ? new PlaceResolution(place, PlaceIssue.None) : PlaceResolution.Fail(PlaceIssue.ZipNotFound);

    private PlaceResolution FromCoordinate(Match coordinate)
    {
        var lat = double.Parse(coordinate.Groups[1].Value, CultureInfo.InvariantCulture);
        var lon = double.Parse(coordinate.Groups[2].Value, CultureInfo.InvariantCulture);
        var point = new GeoPoint(lat, lon);
        if (!point.IsValid) return PlaceResolution.Fail(PlaceIssue.OutOfRange);

        var label = string.Create(CultureInfo.InvariantCulture, $"{lat:0.####}, {lon:0.####}");
        if (_outlines.Locate(point) is not { } location)
        {
            return new PlaceResolution(new ResolvedPlace(point, null, label), PlaceIssue.OutsideUnitedStates);
        }
        // "Use my location" sends coordinates; people know their town's name, not their latitude.
        var named = zips.Nearest(point) is { City.Length: > 0 } zip && zip.State == location.State ? $"{zip.City}, {zip.State}" : $"{label} ({location.State})";
        return new PlaceResolution(new ResolvedPlace(point, location.State, named) { County = location.County }, PlaceIssue.None);
    }

    /// <summary>
    /// A state by code or name, or null. A name a big city shares ("New York", "Washington") is the city,
    /// with the state offered: people type the city they live in; "New York state" or "NY" is the state.
    /// </summary>
    private PlaceResolution? FromState(string text)
    {
        var match = StatePattern().Match(text);
        var name = match.Success ? match.Groups["name"].Value : text;
        var named = match.Success && name.Length != text.Length;
        if (UsStates.CodeOf(name) is not { } code) return null;
        if (!named && name.Length > 2 && FindBigCity(name) is { } city)
        {
            return city with { Place = city.Place! with { OtherState = code } };
        }
        var point = zips.StateCentre(code) ?? default;
        return new PlaceResolution(new ResolvedPlace(point, code, UsStates.Names[code]) { IsState = true }, PlaceIssue.None);
    }

    private PlaceResolution? FindBigCity(string name) =>
        zips.FindCities(name) is [var likeliest, ..] && likeliest.ZipCount >= _options.BigCityZips ? FromBareCity(name) : null;

    private PlaceResolution FromBareCity(string name)
    {
        IReadOnlyList<CityPlace> cities = [];
        foreach (var spelling in Spellings(name))
        {
            cities = zips.FindCities(spelling);
            if (cities.Count > 0) break;
        }
        if (cities.Count == 0) return PlaceResolution.Fail(PlaceIssue.NotFound);

        var likeliest = cities[0];
        var place = new ResolvedPlace(likeliest.Point, likeliest.State, likeliest.Label)
        {
            Alternatives = [.. cities.Skip(1).Take(_options.MaxAlternatives)],
        };
        return new PlaceResolution(place, cities.Count > 1 ? PlaceIssue.Ambiguous : PlaceIssue.None);
    }

    private static IEnumerable<string> Spellings(string name)
    {
        name = name.Trim();
        yield return name;
        var expanded = Abbreviation().Replace(name, m => m.Groups[1].Value.ToUpperInvariant() switch
        {
            "ST" => "Saint ",
            "FT" => "Fort ",
            _ => "Mount ",
        });
        if (expanded != name) yield return expanded;
        // "New York City": tried only after the whole name, so Kansas City and Salt Lake City stay themselves.
        if (name.EndsWith(" City", StringComparison.OrdinalIgnoreCase) && name.Length > 5) yield return name[..^5];
    }

    private static string Describe(ZipPlace place) =>
        place.City.Length > 0 ? $"{place.Zip} ({place.City}, {place.State})" : place.Zip;

    [GeneratedRegex(@"^(\d{5})(?:-\d{4})?$")]
    private static partial Regex ZipPattern();

    [GeneratedRegex(@"^([+-]?\d{1,3}(?:\.\d+)?)\s*,\s*([+-]?\d{1,3}(?:\.\d+)?)$")]
    private static partial Regex CoordinatePattern();

    // One ZIP with letters before and/or after it: "Chicago 60614", "60614 Chicago, IL", "Chicago, IL 60614-1234".
    [GeneratedRegex(@"^(?=.*[A-Za-z])(?:[A-Za-z][A-Za-z .,'\-]*?[\s,]+)?(?<zip>\d{5})(?:-\d{4})?(?:[\s,]+[A-Za-z][A-Za-z .,'\-]*)?$")]
    private static partial Regex ZipWithCityPattern();

    // "City, ST", "City ST" or "City, State Name".
    [GeneratedRegex(@"^([A-Za-z][A-Za-z .'\-]{0,60}?)(?:\s*,\s*([A-Za-z][A-Za-z .]{1,30})|\s+([A-Za-z]{2}))$")]
    private static partial Regex CityPattern();

    // "Ohio", "state of Ohio", "the State of New York", "New York state", "NY state".
    [GeneratedRegex(@"^(?:(?:the\s+)?state\s+of\s+)?(?<name>[A-Za-z][A-Za-z .]*?)(?:\s+state)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StatePattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z .'\-]{0,60}$")]
    private static partial Regex BareCityPattern();

    [GeneratedRegex(@"^(St|Ft|Mt)\.?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
