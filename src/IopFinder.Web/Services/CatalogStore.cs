using IopFinder.Core.Common;
using System.Security.Cryptography;
using System.Text;
using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Search;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Services;

/// <summary>
/// Holds the current catalog. Readers take <see cref="Current"/> once per request; a new catalog is
/// built aside and swapped in by one reference assignment, so no request ever sees a half-built index.
/// </summary>
public sealed class CatalogStore(IOptions<CatalogOptions> options, ZipTable zips, TimeProvider clock, ILogger<CatalogStore> logger) : IDisposable
{
    // Kept across versions: a reload re-analyses only the listings that changed.
    private readonly TextIndex _text = new();
    private readonly CatalogLoader _loader = new(zips, options.Value.SnapshotPath);
    private readonly object _reloadLock = new();
    private CatalogSnapshot? _current;
    private IReadOnlyList<Diagnostic> _reloadProblems = [];

    /// <summary>The catalog requests should use.</summary>
    public CatalogSnapshot Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("The catalog has not been loaded.");

    /// <summary>The catalog, or null before one has loaded.</summary>
    public CatalogSnapshot? CurrentOrNull => Volatile.Read(ref _current);

    /// <summary>Problems that stopped the last reload (a broken taxonomy): the previous catalog keeps serving.</summary>
    public IReadOnlyList<Diagnostic> ReloadProblems => Volatile.Read(ref _reloadProblems);

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
        var snapshot = new CatalogSnapshot(new CatalogIndex(catalog, zips, _text), clock.GetUtcNow(), generation, Fingerprint(catalog));
        Volatile.Write(ref _current, snapshot);
        Volatile.Write(ref _reloadProblems, []);
        logger.LogInformation("Catalog {Verb} from {Path}: {Count} programs ({Parsed} files parsed, the rest unchanged), {Problems} problems, version {Version}",
            verb, catalog.ContentPath, catalog.Listings.Count, catalog.Parsed, catalog.Problems.Count, snapshot.Version);
        return snapshot;
    }

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

    /// <summary>Closes the text index.</summary>
    public void Dispose() => _text.Dispose();
}
