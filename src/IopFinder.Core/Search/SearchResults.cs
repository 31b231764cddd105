using IopFinder.Core.Geo;

namespace IopFinder.Core.Search;

/// <summary>A page of results with the facet counts and notes for the whole result set.</summary>
public sealed record SearchResults
{
    /// <summary>The query that produced these results.</summary>
    public required SearchQuery Query { get; init; }
    /// <summary>Listings matching every filter.</summary>
    public required int Total { get; init; }
    /// <summary>This page's results, in order.</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }
    /// <summary>Per filter parameter, per value: the total if that value were ticked.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets { get; init; }
    /// <summary>Parts of the search that were ignored or adjusted.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>Where distances are measured from, when <c>near</c> was understood.</summary>
    public ResolvedPlace? Origin { get; init; }
    /// <summary>With no results: the one filter whose removal brings back the most programs.</summary>
    public LoosenSuggestion? Suggestion { get; init; }
    /// <summary>The order actually used (relevance without words falls back to distance or name).</summary>
    public SearchSort EffectiveSort { get; init; }

    /// <summary>Number of pages at the query's size.</summary>
    public int PageCount => Math.Max(1, (Total + Query.Size - 1) / Query.Size);
}
