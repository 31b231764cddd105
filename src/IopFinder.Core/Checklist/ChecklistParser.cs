using System.Globalization;
using IopFinder.Core.Search;

namespace IopFinder.Core.Checklist;

/// <summary>
/// Reads <c>ids</c>, the search needs and their <c>w.&lt;need&gt;</c> importances from a query string.
/// A need with a value and no weight is important (2); a quality criterion takes part only with a weight.
/// </summary>
public sealed class ChecklistParser(Taxonomy.Taxonomy taxonomy)
{
    /// <summary>Parses pairs; a repeated name gives several values.</summary>
    public ParsedChecklist Parse(IReadOnlyList<KeyValuePair<string, string?>> pairs)
    {
        var search = new SearchQueryParser(taxonomy).Parse(pairs);
        var errors = search.Errors.Where(e => !e.StartsWith("page", StringComparison.Ordinal) && !e.StartsWith("size", StringComparison.Ordinal) && !e.StartsWith("sort", StringComparison.Ordinal)).ToList();
        var warnings = search.Warnings.ToList();

        var ids = pairs.Where(p => p.Key == NeedNames.Ids)
            .SelectMany(p => (p.Value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (ids.Count > NeedNames.MaxPrograms)
        {
            errors.Add($"You can compare up to {NeedNames.MaxPrograms} programs at once; {ids.Count} were chosen. Remove {ids.Count - NeedNames.MaxPrograms} to compare.");
        }

        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs.Where(p => p.Key.StartsWith(NeedNames.WeightPrefix, StringComparison.Ordinal)))
        {
            var name = key[NeedNames.WeightPrefix.Length..];
            if (!NeedNames.All.Contains(name))
            {
                if (warnings.Count < 20) warnings.Add($"Unknown need '{(name.Length > 40 ? name[..40] : name)}' was ignored.");
                continue;
            }
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight) && weight is >= 0 and <= 3)
            {
                weights[name] = weight;
            }
            else
            {
                errors.Add($"{key} must be 0 (doesn't matter), 1 (nice to have), 2 (important) or 3 (must have).");
            }
        }

        var query = search.Query;
        var needs = new List<Need>();
        foreach (var name in NeedNames.SearchNeeds)
        {
            if (HasValue(query, name)) needs.Add(new Need(name, weights.GetValueOrDefault(name, NeedNames.DefaultWeight)));
        }
        foreach (var name in NeedNames.QualityCriteria)
        {
            if (needs.Any(n => n.Name == name)) continue;
            if (weights.TryGetValue(name, out var weight) && weight > 0) needs.Add(new Need(name, weight));
        }
        return new ParsedChecklist(new ChecklistRequest(ids, needs, query), errors, warnings);
    }

    private static bool HasValue(SearchQuery query, string name) => name switch
    {
        "time" => query.Times.Count > 0,
        "day" => query.Days.Count > 0,
        "max_hours" => query.MaxHours is not null,
        "near" => query.Near.Length > 0,
        _ => query.TermsOf(name).Count > 0,
    };
}
