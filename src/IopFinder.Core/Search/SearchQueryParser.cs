using IopFinder.Core.Common;
using System.Globalization;
using IopFinder.Core.Content;

namespace IopFinder.Core.Search;

/// <summary>
/// Turns query-string pairs into a <see cref="SearchQuery"/>. Values of the wrong type are errors
/// (the API answers 400); unknown filter values are warnings and ignored, so the search still runs.
/// </summary>
public sealed class SearchQueryParser(Taxonomy.Taxonomy taxonomy)
{
    /// <summary>Longest free text kept, in characters.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Parses pairs; a repeated name gives several values.</summary>
    public ParsedSearch Parse(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        var values = pairs
            .Where(p => SearchParameters.All.Contains(p.Key))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => Clean(p.Value)).Where(v => v.Length > 0).ToList(), StringComparer.Ordinal);
        var errors = new List<string>();
        var warnings = new List<string>();
        List<string> Get(string name) => values.TryGetValue(name, out var list) ? list : [];
        string? Single(string name) => Get(name).FirstOrDefault();

        var text = string.Join(' ', Get(SearchParameters.Text));
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
            warnings.Add($"Search words were cut to the first {MaxTextLength} characters.");
        }

        var terms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (parameter, vocabularyName) in SearchParameters.TermFilters)
        {
            var ids = Known(Get(parameter), taxonomy[vocabularyName].Ids.ToList(), parameter, warnings);
            if (ids.Count > 0) terms[parameter] = ids;
        }

        var query = new SearchQuery
        {
            Text = text.Trim(),
            Terms = terms,
            Times = Known(Get(SearchParameters.Time), SearchParameters.Times, SearchParameters.Time, warnings),
            Days = Known(Get(SearchParameters.Day), SearchParameters.Days, SearchParameters.Day, warnings),
            MaxHours = Number(Single(SearchParameters.MaxHours), SearchParameters.MaxHours, 1, 168, errors),
            Near = Single(SearchParameters.Near) is { } near ? (near.Length > 100 ? near[..100] : near) : "",
            Radius = Number(Single(SearchParameters.Radius), SearchParameters.Radius, 1, 500, errors) ?? SearchQuery.DefaultRadius,
            AcceptingOnly = Flag(Single(SearchParameters.Accepting), errors),
            Sort = SortOf(Single(SearchParameters.Sort), errors),
            Page = Whole(Single(SearchParameters.Page), SearchParameters.Page, 1, 10_000, errors) ?? 1,
            Size = Whole(Single(SearchParameters.Size), SearchParameters.Size, 1, SearchQuery.MaxSize, errors) ?? SearchQuery.DefaultSize,
        };
        return new ParsedSearch(query, errors, warnings);
    }

    private static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        // Control characters carry no meaning in a search and break logs and HTML attributes.
        var chars = value.Where(c => !char.IsControl(c)).ToArray();
        return new string(chars).Trim();
    }

    private static List<string> Known(List<string> raw, IReadOnlyList<string> allowed, string parameter, List<string> warnings)
    {
        var result = new List<string>();
        foreach (var value in raw.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var id = value.ToLowerInvariant();
            if (allowed.Contains(id))
            {
                if (!result.Contains(id)) result.Add(id);
            }
            else if (warnings.Count < 20)
            {
                var shown = id.Length > 40 ? id[..40] + "…" : id;
                warnings.Add($"Unknown {parameter} '{shown}' was ignored{Suggestions.Hint(id, allowed)}.");
            }
        }
        return result;
    }

    private static double? Number(string? text, string name, double min, double max, List<string> errors)
    {
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max)
        {
            return value;
        }
        errors.Add($"{name} must be a number from {min} to {max}.");
        return null;
    }

    private static int? Whole(string? text, string name, int min, int max, List<string> errors)
    {
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        errors.Add($"{name} must be a whole number from {min} to {max}.");
        return null;
    }

    private static bool Flag(string? text, List<string> errors)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "false" or "0" or "off": return false;
            case "true" or "1" or "on" or "yes": return true;
            default:
                errors.Add("accepting must be true or false.");
                return false;
        }
    }

    private static SearchSort SortOf(string? text, List<string> errors)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "relevance": return SearchSort.Relevance;
            case "distance": return SearchSort.Distance;
            case "name": return SearchSort.Name;
            case "hours": return SearchSort.Hours;
            default:
                errors.Add("sort must be relevance, distance, name or hours.");
                return SearchSort.Relevance;
        }
    }
}
