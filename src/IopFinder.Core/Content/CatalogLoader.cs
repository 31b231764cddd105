using System.Collections.Concurrent;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Core.Content;

/// <summary>
/// The content pipeline, stage by stage: read files → front matter → validate → derive.
/// A listing with problems is left out and reported; the rest of the catalog loads.
/// </summary>
public sealed class CatalogLoader(ZipTable zips)
{
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
        if (!Directory.Exists(contentDir))
        {
            throw new CatalogLoadException([new Diagnostic(displayRoot, 0, "content folder not found")]);
        }
        var (taxonomy, taxonomyProblems) = TaxonomyLoader.Load(
            Path.Combine(contentDir, TaxonomyFile), DisplayPath(displayRoot, TaxonomyFile));
        if (taxonomy is null)
        {
            throw new CatalogLoadException(taxonomyProblems);
        }

        var programsDir = Path.Combine(contentDir, ProgramsFolder);
        string[] files;
        try
        {
            files = Directory.Exists(programsDir)
                ? Directory.GetFiles(programsDir, "*.md", SearchOption.AllDirectories)
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogLoadException([new Diagnostic(DisplayPath(displayRoot, ProgramsFolder), 0, $"cannot list listings: {e.Message}")]);
        }
        Array.Sort(files, StringComparer.Ordinal);

        var validator = new ListingValidator(taxonomy, zips);
        var deriver = new ListingDeriver(zips);
        var results = new ConcurrentBag<(string File, Listing? Listing, IReadOnlyList<Diagnostic> Problems)>();
        Parallel.ForEach(files, file =>
        {
            var relative = Path.GetRelativePath(contentDir, file).Replace('\\', '/');
            var (listing, problems) = LoadOne(file, relative, DisplayPath(displayRoot, relative), validator);
            results.Add((file, listing is null ? null : deriver.Derive(listing), problems));
        });

        var ordered = results.OrderBy(r => r.File, StringComparer.Ordinal).ToList();
        var listings = new List<Listing>();
        var problems = new List<Diagnostic>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, listing, fileProblems) in ordered)
        {
            problems.AddRange(fileProblems);
            if (listing is null) continue;
            if (seen.TryGetValue(listing.Id, out var first))
            {
                problems.Add(new Diagnostic(DisplayPath(displayRoot, listing.SourcePath), 1, $"duplicate id '{listing.Id}': {first} has the same file name"));
                continue;
            }
            seen[listing.Id] = listing.SourcePath;
            listings.Add(listing);
        }
        listings.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new Catalog(taxonomy, listings, problems);
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
            return (null, [new Diagnostic(displayPath, 0, $"cannot read: {e.Message}")]);
        }
        var (document, problem) = FrontMatterParser.Parse(displayPath, text);
        if (document is null) return (null, [problem!]);
        var id = Path.GetFileNameWithoutExtension(file);
        var (listing, problems) = validator.Validate(id, document);
        return (listing is null ? null : listing with { SourcePath = relativePath }, problems);
    }

    private static string DisplayPath(string root, string relative) =>
        root.Length == 0 ? relative : $"{root.TrimEnd('/', '\\')}/{relative}";
}
