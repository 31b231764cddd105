using IopFinder.Core.Content;
using IopFinder.Core.Search;
using IopFinder.Web.Shared.Catalogs;

namespace IopFinder.Web.Status;

/// <summary>
/// What <c>/status</c> shows: size, version, load time, listings left out or kept at their last good
/// version, stale listings, why the parsed listings could not be saved, since when the content folder cannot be read, what the text index holds,
/// edits waiting for the content remote and the git steps that failed. No secrets.
/// </summary>
public sealed record StatusReport(
    int Programs,
    string Version,
    int Generation,
    DateTimeOffset LoadedAt,
    IReadOnlyList<string> LeftOut,
    IReadOnlyList<string> KeptLastGood,
    IReadOnlyList<string> ReloadProblems,
    IReadOnlyList<(string Id, DateOnly Reviewed)> Stale,
    int NeverReviewed,
    int? CorrectionsWaiting,
    string? SnapshotProblem,
    TextIndexUse TextIndex,
    ContentUnreadable? ContentUnreadable, ContentRemoteState? Remote, GitFailure? CommitFailure);

/// <summary>Builds the status report from the current catalog.</summary>
public sealed class StatusService(CatalogStore store, ICorrectionInbox corrections, ContentSync remote, TimeProvider clock)
{
    public async Task<StatusReport> ReportAsync(CancellationToken cancellationToken = default)
    {
        var waiting = await corrections.WaitingAsync(cancellationToken);
        var snapshot = store.Current;
        var catalog = snapshot.Index.Catalog;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var served = catalog.Listings.Select(l => l.SourcePath).ToHashSet(StringComparer.Ordinal);
        var keptFiles = catalog.Files.Values.Where(f => f.KeepsLastGood && served.Contains(f.RelativePath))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var keptProblems = keptFiles.SelectMany(f => f.Problems).ToHashSet();
        return new StatusReport(
            catalog.Listings.Count,
            snapshot.Version,
            snapshot.Generation,
            snapshot.LoadedAt,
            // Problems of files not served: broken with no earlier version, or duplicates.
            catalog.Problems.Where(p => !keptProblems.Contains(p)).Select(p => p.ToString()).ToList(),
            keptFiles.SelectMany(f => f.Problems).Select(p => p.ToString()).ToList(),
            store.ReloadProblems.Select(p => p.ToString()).ToList(),
            catalog.Listings.Where(l => l.LastReviewed is { } r && today.DayNumber - r.DayNumber > 365)
                .Select(l => (l.Id, l.LastReviewed!.Value)).OrderBy(s => s.Value).ToList(),
            catalog.Listings.Count(l => l.LastReviewed is null),
            waiting,
            store.SnapshotProblem,
            store.TextUse,
            store.Unreadable, remote.State, remote.CommitFailure);
    }
}
