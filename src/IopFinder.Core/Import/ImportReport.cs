namespace IopFinder.Core.Import;

/// <summary>What an import did: files written, updated, unchanged, kept because staff claimed them, rows skipped, and listings whose facility left the directory.</summary>
public sealed record ImportReport(
    int Facilities,
    IReadOnlyList<string> Written,
    IReadOnlyList<string> Updated,
    int Unchanged,
    IReadOnlyList<string> KeptClaimed,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> LeftDirectory);
