namespace IopFinder.Core.Import;

/// <summary>What an import did and found.</summary>
/// <param name="Facilities">Facilities selected per directory source name (OIT, PHDT).</param>
/// <param name="Merged">Facilities found in both directories and written as one listing.</param>
/// <param name="Written">Ids of new listings.</param>
/// <param name="Updated">Ids of listings whose facts changed.</param>
/// <param name="Unchanged">How many listings were already as imported.</param>
/// <param name="KeptClaimed">Ids of listings staff have claimed, left untouched.</param>
/// <param name="Skipped">Rows left out, as <c>file:line: why</c>.</param>
/// <param name="LeftDirectory">Ids of earlier imported listings no longer in the directories (kept).</param>
/// <param name="Duplicates">Rows that repeat another's name, address and phone, as <c>file:line: ...</c>; written once.</param>
/// <param name="JoinedNames">Names SAMHSA cut over name1 and name2, joined back: (name1, name2, joined).</param>
/// <param name="DroppedCodes">Codes not imported, with why and how many selected facilities carry them.</param>
/// <param name="UnmappedCodes">Codes found in no rule of the code map (kept nowhere); should be empty.</param>
/// <param name="AgesContradicted">Facilities whose age codes leave out the people of one of their special programs, written without ages, as <c>file:line: ...</c>.</param>
public sealed record ImportReport(
    IReadOnlyDictionary<string, int> Facilities,
    int Merged,
    IReadOnlyList<string> Written,
    IReadOnlyList<string> Updated,
    int Unchanged,
    IReadOnlyList<string> KeptClaimed,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> LeftDirectory,
    IReadOnlyList<string> Duplicates,
    IReadOnlyList<(string Name1, string Name2, string Joined)> JoinedNames,
    IReadOnlyList<(string Directory, string Code, string Reason, int Facilities)> DroppedCodes,
    IReadOnlyList<string> UnmappedCodes,
    IReadOnlyList<string> AgesContradicted)
{
    /// <summary>Listings produced by this import.</summary>
    public int Listings => Written.Count + Updated.Count + Unchanged + KeptClaimed.Count;
}
