using System.Globalization;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Search;

/// <summary>
/// Turns query-string pairs into a <see cref="SearchQuery"/>. Values of the wrong type are errors
/// (the API answers 400); unknown filter values are warnings and ignored, so the search still runs.
/// </summary>
public sealed class SearchQueryParser(Taxonomy.Taxonomy taxonomy)
{
    /// <summary>Longest free text kept, in characters.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Longest place kept, in characters.</summary>
    public const int MaxPlaceLength = 100;

    private const int MaxWarnings = 20;

    /// <summary>Parses pairs; a repeated name gives several values.</summary>
    public ParsedSearch Parse(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        var values = pairs
            .Where(p => SearchParameters.All.Contains(p.Key))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => Clean(p.Value)).Where(v => v.Length > 0).ToList(), StringComparer.Ordinal);
        var errors = new List<Notice>();
        var warnings = new List<Notice>();
        List<string> Get(string name) => values.TryGetValue(name, out var list) ? list : [];
        string? Single(string name) => Get(name).FirstOrDefault();

        var text = string.Join(' ', Get(SearchParameters.Text));
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
            warnings.Add(new Notice(NoticeCode.TextShortened, SearchParameters.Text, Max: MaxTextLength));
        }

        var terms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var filter in Filters.TermFilters)
        {
            var ids = Known(Get(filter.Parameter), filter.Values(taxonomy), filter.Parameter, warnings);
            if (ids.Count > 0) terms[filter.Parameter] = ids;
        }

        var query = new SearchQuery
        {
            Text = text.Trim(),
            Terms = terms,
            Times = Known(Get(Filters.Time.Parameter), Filters.Time.FixedValues, Filters.Time.Parameter, warnings),
            Days = Known(Get(Filters.Day.Parameter), Filters.Day.FixedValues, Filters.Day.Parameter, warnings),
            MaxHours = Number(Single(Filters.MaxHours.Parameter), Filters.MaxHours.Parameter, 1, 168, errors),
            Near = Single(Filters.Near.Parameter) is { } near ? (near.Length > MaxPlaceLength ? near[..MaxPlaceLength] : near) : "",
            Radius = Number(Single(SearchParameters.Radius), SearchParameters.Radius, 1, 500, errors) ?? SearchQuery.DefaultRadius,
            AcceptingOnly = Flag(Single(Filters.Accepting.Parameter), Filters.Accepting.Parameter, errors),
            IncludeUnknown = Flag(Single(SearchParameters.IncludeUnknown), SearchParameters.IncludeUnknown, errors),
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

    private static List<string> Known(List<string> raw, IReadOnlyList<string> allowed, string parameter, List<Notice> warnings)
    {
        var result = new List<string>();
        foreach (var value in raw.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            // Ids are matched regardless of case ("PTSD", "ma"), and kept as the vocabulary spells them.
            var id = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
            if (id is not null)
            {
                if (!result.Contains(id)) result.Add(id);
            }
            else if (warnings.Count < MaxWarnings)
            {
                var lower = value.ToLowerInvariant();
                warnings.Add(new Notice(NoticeCode.UnknownValue, parameter, Notice.Shorten(lower), Suggestions.Closest(lower, allowed)));
            }
        }
        return result;
    }

    private static double? Number(string? text, string name, double min, double max, List<Notice> errors)
    {
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max)
        {
            return value;
        }
        errors.Add(new Notice(NoticeCode.NotANumber, name, Notice.Shorten(text), Min: min, Max: max));
        return null;
    }

    private static int? Whole(string? text, string name, int min, int max, List<Notice> errors)
    {
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        errors.Add(new Notice(NoticeCode.NotAWholeNumber, name, Notice.Shorten(text), Min: min, Max: max));
        return null;
    }

    private static bool Flag(string? text, string name, List<Notice> errors)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "false" or "0" or "off": return false;
            case "true" or "1" or "on" or "yes": return true;
            default:
                errors.Add(new Notice(NoticeCode.NotTrueOrFalse, name, Notice.Shorten(text)));
                return false;
        }
    }

    private static SearchSort SortOf(string? text, List<Notice> errors)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "relevance": return SearchSort.Relevance;
            case "distance": return SearchSort.Distance;
            case "name": return SearchSort.Name;
            case "hours": return SearchSort.Hours;
            default:
                errors.Add(new Notice(NoticeCode.UnknownSort, SearchParameters.Sort, Notice.Shorten(text)));
                return SearchSort.Relevance;
        }
    }
}
