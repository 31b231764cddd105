using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Search;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Services;

/// <summary>
/// Holds the current catalog. Readers take <see cref="Current"/> once per request; a new catalog is
/// swapped in by one reference assignment, so no request ever sees a half-built index.
/// </summary>
public sealed class CatalogStore(IOptions<CatalogOptions> options, ZipTable zips, TimeProvider clock, ILogger<CatalogStore> logger)
{
    private CatalogSnapshot? _current;

    /// <summary>The catalog requests should use.</summary>
    public CatalogSnapshot Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("The catalog has not been loaded.");

    /// <summary>Loads the content folder and swaps it in. Throws <see cref="CatalogLoadException"/> when it cannot serve.</summary>
    public CatalogSnapshot Load()
    {
        var path = options.Value.ContentPath;
        var catalog = new CatalogLoader(zips).Load(path);
        foreach (var problem in catalog.Problems)
        {
            logger.LogWarning("Listing left out: {Problem}", problem.ToString());
        }
        var snapshot = new CatalogSnapshot(new CatalogIndex(catalog, zips), clock.GetUtcNow());
        Volatile.Write(ref _current, snapshot);
        logger.LogInformation("Catalog loaded from {Path}: {Count} programs, {Problems} left out", path, catalog.Listings.Count, catalog.Problems.Count);
        return snapshot;
    }
}
