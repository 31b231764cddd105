using IopFinder.Core.Geo;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Checklist;

/// <summary>The outcome of a checklist: programs best first, and notes on needs that could not be used.</summary>
public sealed record ChecklistResult(IReadOnlyList<ProgramScore> Programs, IReadOnlyList<string> Warnings, ResolvedPlace? Origin);

/// <summary>
/// Scores programs against needs (SPEC section 4): score = 100 × Σ(weight × credit) / Σ(weight),
/// unknown counts as 0, must-haves that are not met are flagged, never hidden.
/// </summary>
public sealed class ChecklistScorer(Taxonomy.Taxonomy taxonomy, ZipTable zips, TimeProvider clock)
{
    /// <summary>Scores the listings, best score first, ties by name.</summary>
    public ChecklistResult Score(ChecklistRequest request, IEnumerable<Listing> listings)
    {
        var warnings = new List<string>();
        ResolvedPlace? origin = null;
        if (request.Values.Near.Length > 0)
        {
            origin = new PlaceResolver(zips).Resolve(request.Values.Near);
            if (origin is null) warnings.Add(PlaceResolver.NotFoundMessage(request.Values.Near));
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var evaluator = new NeedEvaluator(taxonomy, request.Values, origin, today);
        var needs = origin is null ? request.Needs.Where(n => n.Name != "near").ToList() : request.Needs;

        var programs = listings
            .Select(listing => ScoreOne(listing, needs, evaluator))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Listing.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new ChecklistResult(programs, warnings, origin);
    }

    private static ProgramScore ScoreOne(Listing listing, IReadOnlyList<Need> needs, NeedEvaluator evaluator)
    {
        var criteria = needs.Select(n => evaluator.Evaluate(listing, n)).ToList();
        var totalWeight = criteria.Sum(c => c.Weight);
        var score = totalWeight == 0 ? 0 : Math.Round(100 * criteria.Sum(c => c.Weight * c.Credit) / totalWeight, 1);
        var missed = criteria
            .Where(c => c.Weight == 3 && c.Result is CriterionOutcome.Unmet or CriterionOutcome.Partial)
            .Select(c => c.Need)
            .ToList();
        var questions = criteria
            .Where(c => c.Result == CriterionOutcome.Unknown && c.Question is not null)
            .OrderByDescending(c => c.Weight)
            .Select(c => c.Question!)
            .Distinct()
            .ToList();
        return new ProgramScore(listing, score, missed, criteria, questions);
    }
}
