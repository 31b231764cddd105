using IopFinder.Core.Search;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Checklist;

/// <summary>What to compare: program ids, the needs with their importance, and the values of the search needs.</summary>
public sealed record ChecklistRequest(IReadOnlyList<string> Ids, IReadOnlyList<Need> Needs, SearchQuery Values)
{
    /// <summary>The importance of a need, or null when it takes no part.</summary>
    public int? WeightOf(string name) => Needs.FirstOrDefault(n => n.Name == name)?.Weight;
}

/// <summary>A checklist read from a query string, with its errors (a 400 on the API) and warnings.</summary>
public sealed record ParsedChecklist(ChecklistRequest Request, IReadOnlyList<Notice> Errors, IReadOnlyList<Notice> Warnings)
{
    /// <summary>
    /// Search words that name a term of a need not asked for ("PTSD"): words are not scored, so the page can
    /// offer the term as a need instead of letting a score look complete without it. Null when none.
    /// </summary>
    public TermMention? Mention { get; init; }
}
