using IopFinder.Core.Geo;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Search;

/// <summary>A page of results with the facet counts and notes for the whole result set.</summary>
public sealed record SearchResults
{
    /// <summary>The query that produced these results.</summary>
    public required SearchQuery Query { get; init; }
    /// <summary>Listings matching every filter.</summary>
    public required int Total { get; init; }
    /// <summary>Listings that match every filter they answer but don't say for at least one (SPEC section 2).</summary>
    public int UnknownTotal { get; init; }
    /// <summary>Per filter parameter: how many of the listings that don't say leave that filter unanswered.</summary>
    public IReadOnlyDictionary<string, int> UnknownByFilter { get; init; } = new Dictionary<string, int>();
    /// <summary>This page's results, in order: matches, then (when asked) the listings that don't say.</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }
    /// <summary>Per filter parameter, per value: how many matches there would be if that value were ticked.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets { get; init; }
    /// <summary>Parts of the search that were ignored or adjusted.</summary>
    public IReadOnlyList<Notice> Warnings { get; init; } = [];
    /// <summary>Where distances are measured from, when <c>near</c> was understood as a place in the United States.</summary>
    public ResolvedPlace? Origin { get; init; }
    /// <summary>What <c>near</c> (as typed, or read from the words) resolved to, with its issue and the other cities of an ambiguous name; null without a place.</summary>
    public PlaceResolution? Place { get; init; }
    /// <summary>With few or no results: the one filter whose removal brings back the most programs.</summary>
    public LoosenSuggestion? Suggestion { get; init; }
    /// <summary>With few or no results and day programs not asked for: how many day programs (level php) would match.</summary>
    public int DayProgramTotal { get; init; }

    /// <summary>
    /// With few results near a place: the radii of <see cref="WiderRadii"/> beyond the one searched, each
    /// with what the same search finds within it, kept only when it finds more than the step before.
    /// </summary>
    public IReadOnlyList<RadiusStep> Wider { get; init; } = [];

    /// <summary>The radii a search with few results near a place is offered, one step at a time (rural programs can be far apart).</summary>
    public static IReadOnlyList<double> WiderRadii { get; } = [50, 100, 250];

    /// <summary>With few results, virtual care asked and a place: the programs of its state offering virtual care, when more.</summary>
    public StateTotal? VirtualInState { get; init; }

    /// <summary>With few results for mental-health conditions: the day programs and intensive outpatient programs that treat mental health.</summary>
    public MentalHealthRoute? MentalHealth { get; init; }

    /// <summary>When few match: search words that name a filter's term, and what the filter would find instead.</summary>
    public TermMention? Mention { get; init; }
    /// <summary>The order actually used (relevance without words falls back to distance or name).</summary>
    public SearchSort EffectiveSort { get; init; }

    /// <summary>Below this many results, the search also says what would bring more.</summary>
    public const int FewResults = 5;

    /// <summary>Number of pages at the query's size, counting the listed unknowns.</summary>
    public int PageCount => Math.Max(1, (Total + (Query.IncludeUnknown ? UnknownTotal : 0) + Query.Size - 1) / Query.Size);
}
