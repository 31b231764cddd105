namespace IopFinder.Core.Checklist;

/// <summary>How a program answers one need.</summary>
public enum CriterionOutcome
{
    /// <summary>Fully met.</summary>
    Met,
    /// <summary>Partly met (a fraction of the wanted terms).</summary>
    Partial,
    /// <summary>The listing says it is not met.</summary>
    Unmet,
    /// <summary>The listing does not say: ask.</summary>
    Unknown,
}

/// <summary>One need for one program: outcome, credit (0–1), the one-line reason and, when unknown, the question to ask.</summary>
public sealed record CriterionResult(string Need, string Label, int Weight, CriterionOutcome Result, double Credit, string Why, string? Question = null);

/// <summary>One program scored against the checklist.</summary>
/// <param name="Listing">The program.</param>
/// <param name="Score">0–100, one decimal: 100 × Σ(weight × credit) / Σ(weight).</param>
/// <param name="MissedMustHaves">Must-have needs the listing says it does not (fully) meet.</param>
/// <param name="Criteria">Every need, in checklist order.</param>
/// <param name="Questions">What to ask at intake, from the needs the listing leaves unknown.</param>
public sealed record ProgramScore(
    Listings.Listing Listing, double Score, IReadOnlyList<string> MissedMustHaves, IReadOnlyList<CriterionResult> Criteria, IReadOnlyList<string> Questions)
{
    /// <summary>How many needs are must-haves.</summary>
    public int MustHaves => Criteria.Count(c => c.Weight == 3);

    /// <summary>How many must-haves are fully met.</summary>
    public int MustHavesMet => Criteria.Count(c => c.Weight == 3 && c.Result == CriterionOutcome.Met);
}
