using IopFinder.Core.Search;

namespace IopFinder.Web.Services;

/// <summary>One loaded catalog with its index and when it was loaded; replaced whole, never changed.</summary>
public sealed record CatalogSnapshot(CatalogIndex Index, DateTimeOffset LoadedAt)
{
    /// <summary>Size and sources of the catalog, worked out once per snapshot.</summary>
    public CatalogSummary Summary { get; } = CatalogSummary.Of(Index.Catalog);
}
