using System.Text.RegularExpressions;

namespace IopFinder.Core.Geo;

/// <summary>
/// Finds a place typed into the free-text words ("dbt 60614", "depression Chicago, IL"). Conservative:
/// only a single known 5-digit ZIP, or an explicit "City, ST" (comma, real state code, a city the ZIP
/// table knows in that state). Anything else is left as words.
/// </summary>
public sealed partial class TextPlaceFinder(ZipTable zips)
{
    private const int MaxCityWords = 4;
    private readonly PlaceResolver _places = new(zips);

    /// <summary>The place and the words left once it is taken out, or null when the text holds no place.</summary>
    public TextPlace? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        return FindZip(words) ?? FindCity(words);
    }

    private TextPlace? FindZip(List<string> words)
    {
        var found = words.Select((w, i) => (Word: w.TrimEnd(',', '.', ';'), Index: i)).Where(w => Zip().IsMatch(w.Word)).ToList();
        if (found.Count != 1 || zips.Find(found[0].Word) is not { } zip || _places.PlaceOfZip(zip.Zip) is not { } place) return null;

        // "Chicago 60614", "Chicago, IL 60614" or "60614 Chicago, IL" in the words box: the ZIP's own city goes with it.
        var index = found[0].Index;
        var (start, end) = (index, index + 1);
        if (zip.City.Length > 0)
        {
            var cityWords = zip.City.Split(' ').Length;
            if (Spells(words, index - cityWords - 1, cityWords, zip, out var taken) && taken == cityWords + 1) start = index - taken;
            else if (Spells(words, index - cityWords, cityWords, zip, out taken) && taken == cityWords) start = index - taken;
            else if (Spells(words, index + 1, cityWords, zip, out taken)) end = index + 1 + taken;
        }
        return new TextPlace(zip.Zip, place, Rest(words, start, end));
    }

    private TextPlace? FindCity(List<string> words)
    {
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (!words[i].EndsWith(',') || !IsStateCode(words[i + 1].TrimEnd(',', '.', ';'), out var state)) continue;
            for (var n = Math.Min(MaxCityWords, i + 1); n >= 1; n--)
            {
                var name = string.Join(' ', words.Skip(i + 1 - n).Take(n)).TrimEnd(',');
                if (_places.FindCity(name, state) is { } city)
                {
                    var place = new ResolvedPlace(city.Point, city.State, city.Label);
                    return new TextPlace(city.Label, place, Rest(words, i + 1 - n, i + 2));
                }
            }
        }
        return null;
    }

    /// <summary>True when the words at <paramref name="at"/> spell the ZIP's city, optionally followed by its state; <paramref name="taken"/> counts them.</summary>
    private static bool Spells(List<string> words, int at, int count, ZipPlace zip, out int taken)
    {
        taken = 0;
        if (at < 0 || at + count > words.Count) return false;
        var name = string.Join(' ', words.Skip(at).Take(count)).TrimEnd(',');
        if (!string.Equals(name, zip.City, StringComparison.OrdinalIgnoreCase)) return false;
        taken = count;
        if (at + count < words.Count && string.Equals(words[at + count].TrimEnd(',', '.'), zip.State, StringComparison.OrdinalIgnoreCase)) taken++;
        return true;
    }

    private static bool IsStateCode(string word, out string state)
    {
        state = word.ToUpperInvariant();
        return word.Length == 2 && UsStates.IsValid(state);
    }

    private static string Rest(List<string> words, int start, int end) =>
        string.Join(' ', words.Take(start).Concat(words.Skip(end)));

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex Zip();

}
