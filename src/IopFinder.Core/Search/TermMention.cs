namespace IopFinder.Core.Search;

/// <summary>
/// Search words that name a filter's term, and what the search would find asking for the term through
/// the filter instead.
/// </summary>
/// <param name="Parameter">The filter ("condition").</param>
/// <param name="TermId">The term the words name ("depression").</param>
/// <param name="RestOfText">The search words left once the phrase is taken out.</param>
public sealed record TermMention(string Parameter, string TermId, string RestOfText)
{
    /// <summary>Programs that list the term, with the rest of the search unchanged.</summary>
    public int Total { get; init; }

    /// <summary>Programs that don't say whether they offer it.</summary>
    public int UnknownTotal { get; init; }

    /// <summary>
    /// When no program lists the term, its broader term ("mental-health" for "depression"), which programs
    /// do list more often; null otherwise.
    /// </summary>
    public string? BroaderId { get; init; }

    /// <summary>Programs that list the broader term, with the rest of the search unchanged.</summary>
    public int BroaderTotal { get; init; }
}
