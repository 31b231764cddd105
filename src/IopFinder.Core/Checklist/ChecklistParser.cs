using System.Globalization;
using IopFinder.Core.Filtering;
using IopFinder.Core.Search;
using IopFinder.Core.Common;

namespace IopFinder.Core.Checklist;

/// <summary>
/// Reads <c>ids</c>, the search needs and their <c>w.&lt;need&gt;</c> importances from a query string.
/// A need with a value and no weight is important (2); a quality criterion takes part only with a
/// weight; with no need at all, nothing is scored and the page asks what matters (SPEC section 4).
/// </summary>
public sealed class ChecklistParser(Taxonomy.Taxonomy taxonomy, FilterRegistry filters)
{
    /// <summary>A parser for the site's filters.</summary>
    public ChecklistParser(Taxonomy.Taxonomy taxonomy) : this(taxonomy, Filters.Registry)
    {
    }

    private static readonly string[] PagingParameters = [SearchParameters.Page, SearchParameters.Size, SearchParameters.Sort];

    /// <summary>Parses pairs; a repeated name gives several values.</summary>
    public ParsedChecklist Parse(IReadOnlyList<KeyValuePair<string, string?>> pairs)
    {
        var search = new SearchQueryParser(taxonomy, filters).Parse(pairs);
        var searchNeeds = NeedNames.SearchNeedsOf(filters);
        var weighable = NeedNames.AllOf(filters);
        var errors = search.Errors.Where(e => !PagingParameters.Contains(e.Parameter)).ToList();
        var warnings = search.Warnings.ToList();

        var ids = pairs.Where(p => p.Key == NeedNames.Ids)
            .SelectMany(p => (p.Value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (ids.Count > NeedNames.MaxPrograms)
        {
            errors.Add(new Notice(NoticeCode.TooManyPrograms, NeedNames.Ids, ids.Count.ToString(CultureInfo.InvariantCulture), Max: NeedNames.MaxPrograms));
        }

        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs.Where(p => p.Key.StartsWith(NeedNames.WeightPrefix, StringComparison.Ordinal)))
        {
            var name = key[NeedNames.WeightPrefix.Length..];
            if (!weighable.Contains(name))
            {
                if (warnings.Count < 20) warnings.Add(new Notice(NoticeCode.UnknownNeed, Notice.Shorten(key), Notice.Shorten(name)));
                continue;
            }
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight) && weight is >= 0 and <= 3)
            {
                weights[name] = weight;
            }
            else
            {
                errors.Add(new Notice(NoticeCode.BadImportance, key, Notice.Shorten(value)));
            }
        }

        var query = search.Query;
        var needs = new List<Need>();
        foreach (var filter in searchNeeds)
        {
            if (filter.IsAsked(query)) needs.Add(new Need(filter.Parameter, weights.GetValueOrDefault(filter.Parameter, NeedNames.DefaultWeight)));
        }
        foreach (var name in NeedNames.QualityCriteria)
        {
            if (needs.Any(n => n.Name == name)) continue;
            if (weights.GetValueOrDefault(name) is var weight and > 0) needs.Add(new Need(name, weight));
        }
        var mention = query.Text.Length == 0 ? null : TermMentions.For(taxonomy).Find(query);
        return new ParsedChecklist(new ChecklistRequest(ids, needs, query), errors, warnings)
        {
            Mention = mention is not null && searchNeeds.Any(f => f.Parameter == mention.Parameter) ? mention : null,
        };
    }

}
