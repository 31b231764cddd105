
namespace IopFinder.Core.Filtering;

/// <summary>Any of the wanted ids among a listing's terms (condition, insurance, level, state...).</summary>
public sealed record TermFilter : FilterDefinition
{
    /// <inheritdoc/>
    public override FilterKind Kind => FilterKind.Terms;

    /// <summary>Every form group but the state's, which the national map and the place box set.</summary>
    public override bool IsChoiceGroup => Vocabulary is not null;

    /// <inheritdoc/>
    public override SearchQuery Parse(SearchQuery query, QueryReading reading)
    {
        var ids = reading.Known(Parameter, Values(reading.Taxonomy));
        if (ids.Count == 0) return query;
        return query with { Terms = new Dictionary<string, IReadOnlyList<string>>(query.Terms, StringComparer.Ordinal) { [Parameter] = ids } };
    }

    /// <summary>The ids given, else the default (level: iop).</summary>
    public override IReadOnlyList<string> Selected(SearchQuery query) => query.TermsOf(Parameter);

    /// <summary>Given, and not just the default again (level=iop is no need).</summary>
    public override bool IsAsked(SearchQuery query) => query.Terms.TryGetValue(Parameter, out var ids) && !IsDefault(ids);

    /// <summary>The ids given, sorted; a level equal to the default is dropped.</summary>
    public override IEnumerable<KeyValuePair<string, string?>> QueryPairs(SearchQuery query) =>
        query.Terms.TryGetValue(Parameter, out var ids) && !IsDefault(ids)
            ? ids.Order(StringComparer.Ordinal).Select(id => new KeyValuePair<string, string?>(Parameter, id))
            : [];

    private bool IsDefault(IReadOnlyList<string> ids) =>
        Default.Count > 0 && ids.Order(StringComparer.Ordinal).SequenceEqual(Default.Order(StringComparer.Ordinal));
}
