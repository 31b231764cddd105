using IopFinder.Core.Listings;

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

/// <summary>Why a need came out as it did; the web layer words it with the result's facts.</summary>
public enum CriterionReason
{
    /// <summary>Lists every wanted term (<see cref="CriterionResult.Matched"/>), or any of them for an any-of need.</summary>
    Lists,
    /// <summary>Lists some wanted terms; the rest it does not (<see cref="CriterionResult.Missing"/>) or doesn't say (<see cref="CriterionResult.Unknown"/>).</summary>
    ListsSome,
    /// <summary>Lists none of the wanted terms; <see cref="CriterionResult.Listed"/> holds some it lists instead.</summary>
    DoesNotList,
    /// <summary>The listing names nothing for this field.</summary>
    NotListed,
    /// <summary>The listing names only a broader term (or co-occurring care) for what was asked.</summary>
    OnlyBroader,
    /// <summary>A track fits (<see cref="CriterionResult.Track"/>).</summary>
    TrackFits,
    /// <summary>The schedule is listed and no track fits.</summary>
    NoTrackFits,
    /// <summary>The listing has no schedule.</summary>
    NoSchedule,
    /// <summary>A site is <see cref="CriterionResult.Miles"/> away, within the radius.</summary>
    InReach,
    /// <summary>Out of reach but offers virtual care in <see cref="CriterionResult.State"/>.</summary>
    VirtualInState,
    /// <summary>The nearest site is <see cref="CriterionResult.Miles"/> away, beyond the radius.</summary>
    OutOfReach,
    /// <summary>Virtual only, and not in the searcher's state (<see cref="CriterionResult.State"/>, null when unknown).</summary>
    NotInState,
    /// <summary>The place could not be found.</summary>
    PlaceNotFound,
    /// <summary>The listing says yes to a yes/no need, such as accepting new patients (<see cref="CriterionResult.WaitWeeks"/> when given).</summary>
    Says,
    /// <summary>The listing says no to a yes/no need (not accepting new patients now).</summary>
    SaysNot,
    /// <summary>Reviewed on <see cref="CriterionResult.Date"/>, within the year.</summary>
    Reviewed,
    /// <summary>Last reviewed on <see cref="CriterionResult.Date"/>, over a year ago.</summary>
    ReviewedLongAgo,
    /// <summary>The listing has no review date.</summary>
    NeverReviewed,
    /// <summary>The listing gives its schedule.</summary>
    ScheduleListed,
}

/// <summary>One need for one program: outcome, credit (0–1), the reason as a code, and the facts behind it.</summary>
/// <param name="Need">The need's name (a filter parameter or a quality criterion).</param>
/// <param name="Weight">Importance: 1 nice to have, 2 important, 3 must have.</param>
/// <param name="Result">Met, partly met, not met or unknown.</param>
/// <param name="Credit">What it adds to the score: 1, a fraction, or 0.</param>
/// <param name="Reason">Why.</param>
public sealed record CriterionResult(string Need, int Weight, CriterionOutcome Result, double Credit, CriterionReason Reason)
{
    /// <summary>Wanted terms the program lists.</summary>
    public IReadOnlyList<string> Matched { get; init; } = [];
    /// <summary>Wanted terms the program says it does not offer.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
    /// <summary>Wanted terms the listing doesn't say about (ask).</summary>
    public IReadOnlyList<string> Unknown { get; init; } = [];
    /// <summary>Some terms the listing names instead, or the broader terms it names.</summary>
    public IReadOnlyList<string> Listed { get; init; } = [];
    /// <summary>The track that fits, when one does.</summary>
    public Track? Track { get; init; }
    /// <summary>Miles to the nearest site.</summary>
    public double? Miles { get; init; }
    /// <summary>A state (the searcher's).</summary>
    public string? State { get; init; }
    /// <summary>A review date.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>The usual wait in weeks, when given.</summary>
    public int? WaitWeeks { get; init; }

    /// <summary>True when something about this need is worth asking at intake.</summary>
    public bool NeedsQuestion => Result == CriterionOutcome.Unknown || Unknown.Count > 0;

    /// <summary>A must-have the listing says it does not fully meet (unknown parts are questions, not misses).</summary>
    public bool MissesMustHave => Weight == 3 && (Result == CriterionOutcome.Unmet || (Result == CriterionOutcome.Partial && Missing.Count > 0));

    /// <summary>What to ask about it.</summary>
    public Question Question =>
        new(Filtering.Filters.Find(Need)?.IsSchedule == true ? NeedNames.Schedule : Need, Unknown.Count > 0 ? Unknown : Matched.Count == 0 ? Missing : []);
}

/// <summary>One program scored against the checklist.</summary>
/// <param name="Listing">The program.</param>
/// <param name="Score">0–100, one decimal: 100 × Σ(weight × credit) / Σ(weight); null when no need is weighed.</param>
/// <param name="KnownShare">0–1, two decimals: Σ weight of needs the listing answers / Σ weight; null when no need is weighed.</param>
/// <param name="Criteria">Every need, in checklist order.</param>
public sealed record ProgramScore(Listing Listing, double? Score, double? KnownShare, IReadOnlyList<CriterionResult> Criteria)
{
    /// <summary>False when no need was weighed: the programs stand side by side, unscored.</summary>
    public bool Scored => Score is not null;

    /// <summary>Must-have needs the listing says it does not (fully) meet.</summary>
    public IReadOnlyList<string> MissedMustHaves => [.. Criteria.Where(c => c.MissesMustHave).Select(c => c.Need)];

    /// <summary>How many needs are must-haves.</summary>
    public int MustHaves => Criteria.Count(c => c.Weight == 3);

    /// <summary>How many must-haves are fully met.</summary>
    public int MustHavesMet => Criteria.Count(c => c.Weight == 3 && c.Result == CriterionOutcome.Met);

    /// <summary>How many needs the listing answers (met, partly or not), and how many there are.</summary>
    public (int Answered, int Total) Answers => (Criteria.Count(c => c.Result != CriterionOutcome.Unknown), Criteria.Count);

    /// <summary>What to ask at intake, most important first; unscored, what the listing leaves out.</summary>
    public IReadOnlyList<Question> Questions => Scored
        ? [.. Criteria.Where(c => c.NeedsQuestion).OrderByDescending(c => c.Weight).Select(c => c.Question).Distinct()]
        : IntakeQuestions.For(Listing, Today, Registry);

    /// <summary>The day the listing was scored on: lapsed openings are questions again.</summary>
    public DateOnly Today { get; init; }

    /// <summary>The filters it was scored with: their yes/no facts are the questions of an unscored program.</summary>
    public Filtering.FilterRegistry? Registry { get; init; }
}
