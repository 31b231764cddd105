namespace IopFinder.Core.Checklist;

/// <summary>The needs of SPEC section 4: search parameters reused, plus quality criteria from published advice on choosing an IOP.</summary>
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

    /// <summary>Needs that reuse search parameters, in the order the comparison shows them.</summary>
    public static IReadOnlyList<string> SearchNeeds { get; } =
        ["condition", "modality", "insurance", "format", "near", "time", "day", "max_hours", "age", "language", "accreditation"];

    /// <summary>Quality criteria: they take part only when given a weight.</summary>
    public static IReadOnlyList<string> QualityCriteria { get; } =
        ["accreditation", "psychiatrist-on-staff", "outcome-tracking", "family-involvement", "crisis-plan", "aftercare-planning", "accepting", "fresh"];

    /// <summary>Quality criteria that are feature ids of the taxonomy.</summary>
    public static IReadOnlyList<string> FeatureCriteria { get; } =
        ["psychiatrist-on-staff", "outcome-tracking", "family-involvement", "crisis-plan", "aftercare-planning"];

    /// <summary>Why each quality criterion matters, in plain language.</summary>
    public static IReadOnlyDictionary<string, string> Why { get; } = new Dictionary<string, string>
    {
        ["accreditation"] = "An independent body (such as the Joint Commission or CARF) has checked the program's safety and quality.",
        ["psychiatrist-on-staff"] = "A psychiatrist on the team can review your diagnosis and medicine without a separate referral.",
        ["outcome-tracking"] = "Programs that measure how patients are doing can show their care works and adjust yours when it does not.",
        ["family-involvement"] = "Recovery goes better when family or supporters learn how to help.",
        ["crisis-plan"] = "You should leave with a written safety plan and know who to call at night and on weekends.",
        ["aftercare-planning"] = "An IOP lasts weeks; a plan for ongoing care keeps progress from slipping when it ends.",
        ["accepting"] = "A program that is not taking new patients cannot help you now, however good it is.",
        ["fresh"] = "A listing confirmed in the last year is more likely to be accurate.",
    };

    /// <summary>Every name that can carry a weight.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(SearchNeeds.Concat(QualityCriteria), StringComparer.Ordinal);
}
