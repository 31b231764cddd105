using IopFinder.Core.Search;

namespace IopFinder.Web.Services;

/// <summary>One loaded catalog with its index and when it was loaded; replaced whole, never changed.</summary>
public sealed record CatalogSnapshot(CatalogIndex Index, DateTimeOffset LoadedAt);
