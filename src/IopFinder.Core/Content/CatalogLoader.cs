using IopFinder.Core.Common;
using System.Collections.Concurrent;
using IopFinder.Core.Fields;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Core.Content;

/// <summary>
/// The content pipeline, stage by stage: read files → front matter → validate → derive.
/// A listing with problems is left out and reported; the rest of the catalog loads. An update
/// re-reads only the files that changed and keeps the last good version of a listing that broke.
/// With a snapshot folder, files parsed by an earlier start are not parsed again.
/// </summary>
/// <param name="zips">ZIP centroids for coordinates and cities.</param>
/// <param name="snapshotDirectory">Where parsed listings are kept between starts; null or empty for none.</param>
/// <param name="fields">The fields listings are read with (the site's unless given).</param>
public sealed class CatalogLoader(ZipTable zips, string? snapshotDirectory = null, FieldRegistry? fields = null)
{
    private readonly FieldRegistry _fields = fields ?? ListingFields.Registry;
    private ListingSnapshot? _snapshot;
    private string? _snapshotKey;
    private string _taxonomyHash = "";

    /// <summary>Completes when the snapshot of the last load is on disk (it is written in the background); fails with the reason when it could not be written.</summary>
    public Task SnapshotWritten { get; private set; } = Task.CompletedTask;

    /// <summary>The taxonomy file inside a content folder.</summary>
    public const string TaxonomyFile = "taxonomy.yml";

    /// <summary>The folder of listings inside a content folder.</summary>
    public const string ProgramsFolder = "programs";

    /// <summary>Loads a content folder. Throws <see cref="CatalogLoadException"/> when the folder or taxonomy is unusable.</summary>
    /// <param name="contentDir">The content folder.</param>
    /// <param name="displayRoot">How paths start in messages (the folder as the user named it).</param>
    public Catalog Load(string contentDir, string? displayRoot = null)
    {
        displayRoot ??= contentDir;
        var taxonomy = LoadTaxonomy(contentDir, displayRoot);
        var files = LoadFiles(ListFiles(contentDir, displayRoot), contentDir, displayRoot, taxonomy);
        return Remembered(Assemble(taxonomy, files, contentDir, displayRoot));
    }

    /// <summary>
    /// The catalog after some files changed: only new and changed listing files are read again
    /// (all of them when the taxonomy changed); deleted files leave; a listing that became invalid
    /// keeps its last good version. Throws <see cref="CatalogLoadException"/> when the taxonomy broke.
    /// </summary>
    public Catalog Update(Catalog previous, IEnumerable<string> changedPaths)
    {
        var contentDir = previous.ContentPath;
        var changed = changedPaths.Select(p => Relative(contentDir, p)).ToHashSet(StringComparer.Ordinal);
        var taxonomyChanged = changed.Contains(TaxonomyFile);
        var taxonomy = taxonomyChanged ? LoadTaxonomy(contentDir, previous.DisplayRoot) : previous.Taxonomy;

        var existing = ListFiles(contentDir, previous.DisplayRoot);
        var toRead = existing.Where(f => taxonomyChanged || changed.Contains(f) || !previous.Files.ContainsKey(f)).ToList();
        var fresh = LoadFiles(toRead, contentDir, previous.DisplayRoot, taxonomy);
        var files = new Dictionary<string, ListingFile>(StringComparer.Ordinal);
        foreach (var path in existing)
        {
            if (!fresh.TryGetValue(path, out var now))
            {
                files[path] = previous.Files[path];
                continue;
            }
            var before = previous.Files.GetValueOrDefault(path);
            files[path] = now.Served is null && before?.Served is { } lastGood ? now with { Served = lastGood, Modified = before.Modified, Hash = before.Hash } : now;
        }
        return Remembered(Assemble(taxonomy, files, contentDir, previous.DisplayRoot));
    }

    /// <summary>The catalog, with how many files were parsed for it; the snapshot keeps what was parsed for next time.</summary>
    private Catalog Remembered(Catalog catalog)
    {
        var snapshot = _snapshot!;
        SnapshotWritten = snapshot.Save(catalog.Files.Keys.ToHashSet(StringComparer.Ordinal));
        return catalog with { Parsed = snapshot.TakeParsed(), TaxonomyHash = _taxonomyHash, Fields = _fields };
    }

    /// <summary>Reads, parses and validates one file; the listing is not yet derived.</summary>
    public static (Listing? Listing, IReadOnlyList<Diagnostic> Problems) LoadOne(
        string file, string relativePath, string displayPath, ListingValidator validator)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [new Diagnostic(displayPath, 0, $"cannot read: {e.Message}") { Code = ProblemCodes.FileUnreadable, Args = [e.Message] }]);
        }
        return ListingFileReader.Parse(text, file, relativePath, displayPath, validator);
    }

    private static Taxonomy.Taxonomy LoadTaxonomy(string contentDir, string displayRoot)
    {
        if (!Directory.Exists(contentDir))
        {
            throw new CatalogLoadException([new Diagnostic(displayRoot, 0, "content folder not found")]);
        }
        var (taxonomy, problems) = TaxonomyLoader.Load(Path.Combine(contentDir, TaxonomyFile), DisplayPath(displayRoot, TaxonomyFile));
        return taxonomy ?? throw new CatalogLoadException(problems);
    }

    private static List<string> ListFiles(string contentDir, string displayRoot)
    {
        var programsDir = Path.Combine(contentDir, ProgramsFolder);
        // A folder that has gone is not a catalog without listings: refuse, so the last good catalog keeps serving.
        if (!Directory.Exists(contentDir)) throw new CatalogLoadException([new Diagnostic(displayRoot, 0, "content folder not found")]);
        try
        {
            var files = Directory.Exists(programsDir) ? Directory.GetFiles(programsDir, "*.md", SearchOption.AllDirectories) : [];
            return files.Select(f => Relative(contentDir, f)).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogLoadException([new Diagnostic(DisplayPath(displayRoot, ProgramsFolder), 0, $"cannot list listings: {e.Message}")]);
        }
    }

    private Dictionary<string, ListingFile> LoadFiles(IReadOnlyList<string> relativePaths, string contentDir, string displayRoot, Taxonomy.Taxonomy taxonomy)
    {
        var reader = new ListingFileReader(taxonomy, zips, Snapshot(contentDir, displayRoot), _fields);
        var results = new ConcurrentDictionary<string, ListingFile>(StringComparer.Ordinal);
        Parallel.ForEach(relativePaths, relative =>
            results[relative] = reader.Read(Path.Combine(contentDir, relative), relative, DisplayPath(displayRoot, relative)));
        return new Dictionary<string, ListingFile>(results, StringComparer.Ordinal);
    }

    /// <summary>The snapshot for this folder as it is now (a new taxonomy or ZIP table means a new one).</summary>
    private ListingSnapshot Snapshot(string contentDir, string displayRoot)
    {
        byte[] taxonomy;
        try
        {
            taxonomy = File.ReadAllBytes(Path.Combine(contentDir, TaxonomyFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            taxonomy = [];
        }
        _taxonomyHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(taxonomy));
        var key = $"{contentDir}\u001f{displayRoot}\u001f{_taxonomyHash}";
        if (_snapshot is null || _snapshotKey != key)
        {
            // Listings parsed under other fields lack (or carry) a field's value: the fields are part of the key.
            _snapshot = ListingSnapshot.Open(snapshotDirectory, contentDir, displayRoot, taxonomy, zips.Version + '\u001f' + _fields.Fingerprint);
            _snapshotKey = key;
        }
        return _snapshot;
    }

    private static Catalog Assemble(Taxonomy.Taxonomy taxonomy, Dictionary<string, ListingFile> files, string contentDir, string displayRoot)
    {
        var listings = new List<Listing>();
        var problems = new List<Diagnostic>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in files.Keys.Order(StringComparer.Ordinal))
        {
            var file = files[path];
            problems.AddRange(file.Problems);
            if (file.Served is not { } listing) continue;
            if (seen.TryGetValue(listing.Id, out var first))
            {
                problems.Add(new Diagnostic(DisplayPath(displayRoot, path), 1, $"duplicate id '{listing.Id}': {first} has the same file name")
                {
                    Code = ProblemCodes.DuplicateId, Args = [listing.Id, first],
                });
                continue;
            }
            seen[listing.Id] = path;
            listings.Add(listing);
        }
        listings.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new Catalog(taxonomy, listings, problems) { Files = files, ContentPath = contentDir, DisplayRoot = displayRoot };
    }

    // Listed and watched paths are absolute or relative to the working directory, like the content folder itself.
    private static string Relative(string contentDir, string path) =>
        Path.GetRelativePath(Path.GetFullPath(contentDir), Path.GetFullPath(path)).Replace('\\', '/');

    private static string DisplayPath(string root, string relative) =>
        root.Length == 0 ? relative : $"{root.TrimEnd('/', '\\')}/{relative}";
}
