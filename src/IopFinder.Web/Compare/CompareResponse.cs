namespace IopFinder.Web.Compare;

/// <summary>The answer of <c>/api/compare</c> (SPEC section 4): programs best first.</summary>
public sealed record CompareResponse(IReadOnlyList<ComparedProgramDto> Programs, IReadOnlyList<string> Warnings);

/// <summary>One program scored against the checklist.</summary>
/// <param name="Id">Listing id.</param>
/// <param name="Name">Program name.</param>
/// <param name="Url">Its page.</param>
/// <param name="Score">0–100, one decimal; null when no need is weighed (nothing is scored).</param>
/// <param name="KnownShare">0–1, two decimals: the weight of the needs its listing answers; null when no need is weighed.</param>
/// <param name="MissedMustHaves">Must-haves the listing says it does not (fully) meet.</param>
/// <param name="Criteria">Every need, in checklist order.</param>
/// <param name="Questions">What to ask at intake.</param>
public sealed record ComparedProgramDto(
    string Id, string Name, string Url, double? Score, double? KnownShare, IReadOnlyList<string> MissedMustHaves,
    IReadOnlyList<CriterionDto> Criteria, IReadOnlyList<string> Questions);

/// <summary>One need for one program.</summary>
/// <param name="Need">The need (a search parameter or quality criterion).</param>
/// <param name="Label">The need in words.</param>
/// <param name="Weight">0 doesn't matter … 3 must have.</param>
/// <param name="Result"><c>met</c>, <c>partial</c>, <c>unmet</c> or <c>unknown</c>.</param>
/// <param name="Credit">0–1.</param>
/// <param name="Why">One line on why.</param>
public sealed record CriterionDto(string Need, string Label, int Weight, string Result, double Credit, string Why);
