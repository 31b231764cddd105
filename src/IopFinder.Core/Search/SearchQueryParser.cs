using IopFinder.Core.Filtering;
using IopFinder.Core.Common;

namespace IopFinder.Core.Search;

/// <summary>
/// Turns query-string pairs into a <see cref="SearchQuery"/>: the words, then each registered filter
/// reads its own values (<see cref="FilterDefinition.Parse"/>), then the view's parameters. Values of the
/// wrong type are errors (the API answers 400); unknown filter values are warnings and ignored, so the
/// search still runs.
/// </summary>
public sealed class SearchQueryParser(Taxonomy.Taxonomy taxonomy, FilterRegistry registry)
{
    /// <summary>Longest free text kept, in characters.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Longest place kept, in characters.</summary>
    public const int MaxPlaceLength = NearFilter.MaxPlaceLength;

    private readonly IReadOnlySet<string> _names = SearchParameters.Of(registry);

    /// <summary>A parser for the site's filters.</summary>
    public SearchQueryParser(Taxonomy.Taxonomy taxonomy) : this(taxonomy, Filters.Registry)
    {
    }

    /// <summary>Parses pairs; a repeated name gives several values.</summary>
    public ParsedSearch Parse(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        var values = pairs
            .Where(p => _names.Contains(p.Key))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => Clean(p.Value)).Where(v => v.Length > 0).ToList(), StringComparer.Ordinal);
        var reading = new QueryReading(values, taxonomy);

        var text = string.Join(' ', reading.Get(SearchParameters.Text));
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
            reading.Warn(new Notice(NoticeCode.TextShortened, SearchParameters.Text, Max: MaxTextLength));
        }
        var query = new SearchQuery { Text = text.Trim() };
        foreach (var filter in registry.ReadOrder) query = filter.Parse(query, reading);
        query = query with
        {
            IncludeUnknown = reading.Flag(SearchParameters.IncludeUnknown),
            Sort = SortOf(reading.Single(SearchParameters.Sort), reading),
            Page = reading.Whole(SearchParameters.Page, 1, 10_000) ?? 1,
            Size = reading.Whole(SearchParameters.Size, 1, SearchQuery.MaxSize) ?? SearchQuery.DefaultSize,
        };
        return new ParsedSearch(query, reading.Errors, reading.Warnings);
    }

    private static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        // Control characters carry no meaning in a search and break logs and HTML attributes.
        var chars = value.Where(c => !char.IsControl(c)).ToArray();
        return new string(chars).Trim();
    }

    private static SearchSort SortOf(string? text, QueryReading reading)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "relevance": return SearchSort.Relevance;
            case "distance": return SearchSort.Distance;
            case "name": return SearchSort.Name;
            case "hours": return SearchSort.Hours;
            default:
                reading.Fail(new Notice(NoticeCode.UnknownSort, SearchParameters.Sort, Notice.Shorten(text)));
                return SearchSort.Relevance;
        }
    }
}
