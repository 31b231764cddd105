using IopFinder.Core.Common;
using System.Security.Cryptography;
using System.Text;
using IopFinder.Core.Content;
using IopFinder.Core.Fields;
using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using IopFinder.Core.Search;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>
/// Holds the current catalog. Requests lease it once each (<see cref="Acquire"/>); a new catalog is
/// built aside and swapped in by one reference assignment, so no request ever sees a half-built index.
/// The version swapped out is retired: its Lucene reader closes when the last request using it ends.
/// Listings are read with the site's registered fields and indexed for its registered filters (the defaults unless given).
/// </summary>
public sealed class CatalogStore(IOptions<CatalogOptions> options, ZipTable zips, TimeProvider clock, ILogger<CatalogStore> logger,
    FieldRegistry? fields = null, FilterRegistry? filters = null) : IDisposable
{
    // Kept across versions: a reload re-analyses only the listings that changed.
    private readonly TextIndex _text = new();
    private readonly CatalogLoader _loader = new(zips, options.Value.SnapshotPath, fields);
    private readonly object _reloadLock = new();
    private CatalogSnapshot? _current;
    private IReadOnlyList<Diagnostic> _reloadProblems = [];
    private string? _snapshotProblem;
    private ContentUnreadable? _unreadable;

    /// <summary>The catalog requests should use.</summary>
    public CatalogSnapshot Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("The catalog has not been loaded.");

    /// <summary>The catalog, or null before one has loaded.</summary>
    public CatalogSnapshot? CurrentOrNull => Volatile.Read(ref _current);

    /// <summary>
    /// The current catalog with a use of it taken, so it stays searchable until <see cref="Release"/>
    /// even when a newer one is swapped in meanwhile.
    /// </summary>
    public CatalogSnapshot Acquire()
    {
        while (true)
        {
            var snapshot = Current;
            if (snapshot.Index.TryAcquire()) return snapshot;
            // Retired and let go of between the two reads: a newer version is current by now.
        }
    }

    /// <summary>Gives back a catalog taken with <see cref="Acquire"/>.</summary>
    public void Release(CatalogSnapshot snapshot) => snapshot.Index.Release();

    /// <summary>Readers held and index files: flat across reloads unless something leaks.</summary>
    public TextIndexUse TextUse => _text.Use;

    /// <summary>Why the parsed listings could not be kept for the next start (the last write failed), or null.</summary>
    public string? SnapshotProblem => Volatile.Read(ref _snapshotProblem);

    /// <summary>Completes when the snapshot of the last load or reload has been written, or its failure recorded.</summary>
    public Task SnapshotWritten { get; private set; } = Task.CompletedTask;

    /// <summary>Problems that stopped the last reload (a broken taxonomy): the previous catalog keeps serving.</summary>
    public IReadOnlyList<Diagnostic> ReloadProblems => Volatile.Read(ref _reloadProblems);

    /// <summary>Since when and why the content folder cannot be read (the last good catalog keeps serving), or null.</summary>
    public ContentUnreadable? Unreadable => Volatile.Read(ref _unreadable);

    /// <summary>Records that the content folder cannot be read; the first time counts for "since".</summary>
    public void MarkUnreadable(string reason)
    {
        var before = Interlocked.CompareExchange(ref _unreadable, new ContentUnreadable(clock.GetUtcNow(), reason), null);
        if (before is null) logger.LogError("The content folder cannot be read, the last good catalog keeps serving: {Reason}", reason);
    }

    /// <summary>The content folder reads again: everything is read afresh (anything may have changed meanwhile) and the warning goes.</summary>
    public void MarkReadable()
    {
        if (Unreadable is null) return;
        Reload([], everything: true);
        Volatile.Write(ref _unreadable, null);
        logger.LogInformation("The content folder can be read again");
    }

    /// <summary>Loads the whole content folder and swaps it in. Throws <see cref="CatalogLoadException"/> when it cannot serve.</summary>
    public CatalogSnapshot Load()
    {
        lock (_reloadLock)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var catalog = _loader.Load(options.Value.ContentPath);
            var read = clock.ElapsedMilliseconds;
            var snapshot = Swap(catalog, "loaded");
            // Reading left garbage behind (the snapshot file, parsed text): compact once at start-up so the
            // process settles near what it keeps instead of its peak.
            if (catalog.Listings.Count > 1000) GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            logger.LogInformation("Catalog read in {Read} ms, indexed for filters in {Indexed} ms; words are indexed in the background",
                read, clock.ElapsedMilliseconds - read);
            return snapshot;
        }
    }

    /// <summary>Re-reads the changed files (or everything) and swaps the result in; on a broken taxonomy, keeps serving the current catalog.</summary>
    public void Reload(IReadOnlyCollection<string> changedPaths, bool everything = false)
    {
        lock (_reloadLock)
        {
            try
            {
                var catalog = everything ? _loader.Load(options.Value.ContentPath) : _loader.Update(Current.Index.Catalog, changedPaths);
                Swap(catalog, "reloaded");
            }
            catch (CatalogLoadException e)
            {
                Volatile.Write(ref _reloadProblems, e.Problems);
                foreach (var problem in e.Problems) logger.LogError("Reload failed, the previous catalog keeps serving: {Problem}", problem.ToString());
            }
        }
    }

    private CatalogSnapshot Swap(Catalog catalog, string verb)
    {
        foreach (var problem in catalog.Problems)
        {
            logger.LogWarning("Listing problem: {Problem}", problem.ToString());
        }
        var generation = (_current?.Generation ?? 0) + 1;
        var snapshot = new CatalogSnapshot(new CatalogIndex(catalog, zips, _text, filters ?? Filters.Registry) { Clock = clock }, clock.GetUtcNow(), generation, Fingerprint(catalog));
        var previous = Interlocked.Exchange(ref _current, snapshot);
        // Retired once no request holds it any more: requests under way finish on the version they started with.
        previous?.Index.Dispose();
        Volatile.Write(ref _reloadProblems, []);
        SnapshotWritten = Watch(_loader.SnapshotWritten);
        logger.LogInformation("Catalog {Verb} from {Path}: {Count} programs ({Parsed} files parsed, the rest unchanged), {Problems} problems, version {Version}",
            verb, catalog.ContentPath, catalog.Listings.Count, catalog.Parsed, catalog.Problems.Count, snapshot.Version);
        return snapshot;
    }

    /// <summary>Records (and logs) whether the parsed listings were written for the next start.</summary>
    private Task Watch(Task written) => written.ContinueWith(write =>
    {
        var failure = write.Exception?.GetBaseException();
        if (failure is not null) logger.LogError(failure, "The parsed listings could not be saved; the next start parses every file again");
        Volatile.Write(ref _snapshotProblem, failure?.Message);
    }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>
    /// A short hash of what is served: each file's path with the content hash of the version it serves
    /// (its last good one when it broke), which files have problems, and the taxonomy. Stable across restarts, and
    /// cheap: the hashes were taken when the files were read.
    /// </summary>
    private static string Fingerprint(Catalog catalog)
    {
        var text = new StringBuilder(catalog.TaxonomyHash).Append('\u001e');
        foreach (var (path, file) in catalog.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(path).Append('\u001f').Append(file.Served is null ? "-" : file.Hash).Append(file.Problems.Count > 0 ? "!" : "").Append('\u001e');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12].ToLowerInvariant();
    }

    /// <summary>Retires the current catalog and closes the text index.</summary>
    public void Dispose()
    {
        Interlocked.Exchange(ref _current, null)?.Index.Dispose();
        _text.Dispose();
    }
}
