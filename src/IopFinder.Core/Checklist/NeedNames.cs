using IopFinder.Core.Filtering;

namespace IopFinder.Core.Checklist;

/// <summary>The needs of SPEC section 4: the search filters that are needs, plus quality criteria from published advice on choosing an IOP.</summary>
public static class NeedNames
{
    /// <summary>Query-string prefix of an importance: <c>w.insurance=3</c>.</summary>
    public const string WeightPrefix = "w.";
    /// <summary>The list of programs to compare.</summary>
    public const string Ids = "ids";
    /// <summary>Most programs compared at once.</summary>
    public const int MaxPrograms = 6;
    /// <summary>Importance of a need given without a weight: important.</summary>
    public const int DefaultWeight = 2;
    /// <summary>The quality criterion "the listing gives its schedule"; also the topic of schedule questions.</summary>
    public const string Schedule = "schedule";
    /// <summary>The quality criterion "listing reviewed in the last 12 months".</summary>
    public const string Fresh = "fresh";
    /// <summary>The quality criterion "accredited by anyone", which is also the accreditation filter.</summary>
    public const string Accreditation = "accreditation";

    /// <summary>Needs that are search filters, in the order the comparison shows them.</summary>
    public static IReadOnlyList<FilterDefinition> SearchNeeds { get; } = SearchNeedsOf(Filters.Registry);

    /// <summary>The filters of a registry that are needs, in its order.</summary>
    public static IReadOnlyList<FilterDefinition> SearchNeedsOf(FilterRegistry filters) => [.. filters.All.Where(f => f.Credit != NeedCredit.None)];

    /// <summary>Quality criteria that are feature ids of the taxonomy.</summary>
    public static IReadOnlyList<string> FeatureCriteria { get; } =
        ["psychiatrist-on-staff", "outcome-tracking", "family-involvement", "crisis-plan", "aftercare-planning"];

    /// <summary>Quality criteria: they take part only when given a weight.</summary>
    public static IReadOnlyList<string> QualityCriteria { get; } =
        [Accreditation, .. FeatureCriteria, Filters.Accepting.Parameter, Fresh, Schedule];

    /// <summary>Every name that can carry a weight with the site's filters.</summary>
    public static IReadOnlySet<string> All { get; } = AllOf(Filters.Registry);

    /// <summary>Every name that can carry a weight with a registry's filters: its needs and the quality criteria.</summary>
    public static IReadOnlySet<string> AllOf(FilterRegistry filters) =>
        new HashSet<string>(SearchNeedsOf(filters).Select(f => f.Parameter).Concat(QualityCriteria), StringComparer.Ordinal);
}
