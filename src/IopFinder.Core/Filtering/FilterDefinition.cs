using IopFinder.Core.Listings;

namespace IopFinder.Core.Filtering;

/// <summary>
/// One search filter, defined once: its query parameter, the values it takes (a vocabulary or a fixed
/// list), the listing field it reads, when a listing "doesn't say", how the checklist credits it, and
/// the section of the search form it belongs to. Search, facets, checklist, pages and API read it.
/// </summary>
public sealed record FilterDefinition
{
    /// <summary>The query-string name ("condition").</summary>
    public required string Parameter { get; init; }

    /// <summary>What it tests.</summary>
    public required FilterKind Kind { get; init; }

    /// <summary>The taxonomy vocabulary of a term filter, which is also the listing's front-matter key; null for fixed values.</summary>
    public string? Vocabulary { get; init; }

    /// <summary>The values of a filter without a vocabulary (times of day, days, states).</summary>
    public IReadOnlyList<string> FixedValues { get; init; } = [];

    /// <summary>Reads a term filter's ids from a listing.</summary>
    public Func<Listing, IReadOnlyList<string>>? Read { get; init; }

    /// <summary>When a listing that does not name a wanted term doesn't say.</summary>
    public AbsenceRule Absence { get; init; } = AbsenceRule.Never;

    /// <summary>True when every listing must give at least one value (the validator enforces it).</summary>
    public bool Required { get; init; }

    /// <summary>Values assumed when the parameter is absent (level: iop).</summary>
    public IReadOnlyList<string> Default { get; init; } = [];

    /// <summary>How the checklist credits it; <see cref="NeedCredit.None"/> when it is not a need.</summary>
    public NeedCredit Credit { get; init; }

    /// <summary>The section of the search form.</summary>
    public FilterSection Section { get; init; }

    /// <summary>True for a filter over a listing's term list.</summary>
    public bool IsTerms => Kind == FilterKind.Terms;

    /// <summary>True for the filters one schedule track must satisfy together.</summary>
    public bool IsSchedule => Kind is FilterKind.Time or FilterKind.Day or FilterKind.MaxHours;

    /// <summary>The ids this filter accepts, in the order pages show them.</summary>
    public IReadOnlyList<string> Values(Taxonomy.Taxonomy taxonomy) =>
        Vocabulary is null ? FixedValues : [.. taxonomy[Vocabulary].Ids];
}
