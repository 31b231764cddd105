using IopFinder.Core.Listings;

namespace IopFinder.Core.Filtering;

/// <summary>
/// One search filter, defined once: its query parameter, the values it takes (a vocabulary or a fixed
/// list), the listing field it reads, when a listing "doesn't say", how the checklist credits it, and
/// the section of the search form it belongs to. Each kind (<see cref="TermFilter"/>, <see cref="TimeFilter"/>,
/// <see cref="DayFilter"/>, <see cref="MaxHoursFilter"/>, <see cref="NearFilter"/>, <see cref="FlagFilter"/>)
/// reads its own query values and writes them back, so search, facets, checklist, pages and API call the
/// filter instead of switching on its kind.
/// </summary>
public abstract record FilterDefinition
{
    /// <summary>The query-string name ("condition").</summary>
    public required string Parameter { get; init; }

    /// <summary>What it tests; also the group of its search bit (terms first, then the kinds in this order).</summary>
    public abstract FilterKind Kind { get; }

    /// <summary>The taxonomy vocabulary of a term filter, which is also the listing's front-matter key; null for fixed values.</summary>
    public string? Vocabulary { get; init; }

    /// <summary>The values of a filter without a vocabulary (times of day, days, states, a flag's one value).</summary>
    public IReadOnlyList<string> FixedValues { get; init; } = [];

    /// <summary>Reads a term filter's ids from a listing.</summary>
    public Func<Listing, IReadOnlyList<string>>? Read { get; init; }

    /// <summary>When a listing that does not name a wanted term doesn't say.</summary>
    public AbsenceRule Absence { get; init; } = AbsenceRule.Never;

    /// <summary>Values assumed when the parameter is absent (level: iop).</summary>
    public IReadOnlyList<string> Default { get; init; } = [];

    /// <summary>How the checklist credits it; <see cref="NeedCredit.None"/> when it is not a need.</summary>
    public NeedCredit Credit { get; init; }

    /// <summary>The section of the search form.</summary>
    public FilterSection Section { get; init; }

    /// <summary>True for a filter over a listing's term list.</summary>
    public bool IsTerms => Kind == FilterKind.Terms;

    /// <summary>True for the filters one schedule track must satisfy together.</summary>
    public virtual bool IsSchedule => false;

    /// <summary>True when the search form shows its values as a group of choices with counts.</summary>
    public virtual bool IsChoiceGroup => false;

    /// <summary>
    /// True when "how much a listing answers" counts this filter on its own; the schedule's three are
    /// one answer (the time filter's), so a listing is not ranked up three times for one schedule.
    /// </summary>
    public virtual bool CountsAsAnswer => Absence != AbsenceRule.Never;

    /// <summary>The ids this filter accepts, in the order pages show them.</summary>
    public IReadOnlyList<string> Values(Taxonomy.Taxonomy taxonomy) =>
        Vocabulary is null ? FixedValues : [.. taxonomy[Vocabulary].Ids];

    /// <summary>What its query parameter takes, for the API document: by default any of its values, repeated or comma-separated.</summary>
    public virtual ParameterSchema Schema(Taxonomy.Taxonomy taxonomy) => new(ParameterShape.Values, Default.Count > 0
        ? $"Any of these ids (repeat or comma-separate); absent means {string.Join(", ", Default)}."
        : "Any of these ids (repeat the parameter or separate with commas).") { Values = Values(taxonomy) };

    /// <summary>Reads this filter's query-string values into the query being built; bad values become notices.</summary>
    public abstract SearchQuery Parse(SearchQuery query, QueryReading reading);

    /// <summary>The values the query asks of this filter, as the form ticks them (a flag: its one value).</summary>
    public abstract IReadOnlyList<string> Selected(SearchQuery query);

    /// <summary>True when the query asks something of this filter beyond its default: then it is a checklist need.</summary>
    public virtual bool IsAsked(SearchQuery query) => Selected(query).Count > 0;

    /// <summary>The query-string pairs that ask the same again, one per value, in a stable order (the canonical address).</summary>
    public virtual IEnumerable<KeyValuePair<string, string?>> QueryPairs(SearchQuery query) =>
        Selected(query).Select(value => new KeyValuePair<string, string?>(Parameter, value));

    /// <summary>True when the listing gives this filter's field at all (a list with something in it, a schedule, a yes or no).</summary>
    public virtual bool Answers(Listing listing) => Read is { } read && read(listing).Count > 0;
}
