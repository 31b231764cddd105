namespace IopFinder.Web.Search;

/// <summary>The answer of <c>/api/programs</c> (SPEC section 3).</summary>
/// <param name="Total">Programs matching every filter.</param>
/// <param name="UnknownTotal">Programs that match every filter they answer but don't say for some.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="Size">Results per page.</param>
/// <param name="Results">This page: the matches, then (with <c>include_unknown=true</c>) the programs that don't say.</param>
/// <param name="Facets">Per filter, per value: the total if that value were ticked.</param>
/// <param name="Warnings">Parts of the search that were ignored or adjusted.</param>
/// <param name="Near">Where distances are measured from, when <c>near</c> was understood.</param>
/// <param name="Sort">The order used.</param>
public sealed record SearchResponse(
    int Total,
    int UnknownTotal,
    int Page,
    int Size,
    IReadOnlyList<ProgramSummaryDto> Results,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets,
    IReadOnlyList<string> Warnings,
    NearDto? Near,
    string Sort);

/// <summary>The place a search measures from.</summary>
public sealed record NearDto(string Label, double Lat, double Lon, string? State);
