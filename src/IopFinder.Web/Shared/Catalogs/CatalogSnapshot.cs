using IopFinder.Core.Search;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>One loaded catalog with its index, when it was loaded and which version of the content it is; replaced whole, never changed.</summary>
public sealed record CatalogSnapshot(CatalogIndex Index, DateTimeOffset LoadedAt, int Generation, string Version)
{
    /// <summary>Size and sources of the catalog, worked out once per snapshot.</summary>
    public CatalogSummary Summary { get; } = CatalogSummary.Of(Index.Catalog);
}
