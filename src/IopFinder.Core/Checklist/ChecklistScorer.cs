using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;
using IopFinder.Core.Common;

namespace IopFinder.Core.Checklist;

/// <summary>The outcome of a checklist: programs best first, and notes on needs that could not be used.</summary>
public sealed record ChecklistResult(IReadOnlyList<ProgramScore> Programs, IReadOnlyList<Notice> Warnings, ResolvedPlace? Origin);

/// <summary>
/// Scores programs against needs (SPEC section 4): score = 100 × Σ(weight × credit) / Σ(weight),
/// unknown counts as 0; how much of that the listing answers is its known share; must-haves it says
/// it does not meet are flagged, never hidden.
/// </summary>
public sealed class ChecklistScorer(Taxonomy.Taxonomy taxonomy, ZipTable zips, TimeProvider clock, FilterRegistry filters)
{
    /// <summary>A scorer over the site's filters.</summary>
    public ChecklistScorer(Taxonomy.Taxonomy taxonomy, ZipTable zips, TimeProvider clock) : this(taxonomy, zips, clock, Filters.Registry)
    {
    }

    /// <summary>
    /// Scores the listings, best score first, then the one that answers more, then (near a place) the
    /// nearest, then by name (SPEC section 4).
    /// </summary>
    public ChecklistResult Score(ChecklistRequest request, IEnumerable<Listing> listings)
    {
        var place = new SearchPlaceReader(zips).Read(request.Values, readWords: false);
        var warnings = new List<Notice>(place.Warnings);
        var origin = place.Origin;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var evaluator = new NeedEvaluator(taxonomy, request.Values, origin, today, filters);
        var needs = origin is null ? request.Needs.Where(n => n.Name != Filters.Near.Parameter).ToList() : request.Needs;

        var programs = listings
            .Select(listing => ScoreOne(listing, needs, evaluator) with { Registry = filters })
            .OrderByDescending(p => p.Score)
            .ThenByDescending(p => p.KnownShare)
            .ThenBy(p => origin is null ? 0 : ReachRule.NearestMiles(p.Listing, origin.Point))
            .ThenBy(p => p.Listing.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new ChecklistResult(programs, warnings, origin);
    }

    private static ProgramScore ScoreOne(Listing listing, IReadOnlyList<Need> needs, NeedEvaluator evaluator)
    {
        var criteria = needs.Select(n => evaluator.Evaluate(listing, n)).ToList();
        var totalWeight = criteria.Sum(c => c.Weight);
        // Nothing weighed, nothing scored: a 0 would read as a verdict on the program (SPEC section 4).
        if (totalWeight == 0) return new ProgramScore(listing, null, null, criteria) { Today = evaluator.Today };
        var score = Math.Round(100 * criteria.Sum(c => c.Weight * c.Credit) / totalWeight, 1);
        var known = Math.Round((double)criteria.Where(c => c.Result != CriterionOutcome.Unknown).Sum(c => c.Weight) / totalWeight, 2);
        return new ProgramScore(listing, score, known, criteria) { Today = evaluator.Today };
    }
}
