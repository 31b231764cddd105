using IopFinder.Web.Shared.Catalogs;

namespace IopFinder.Web.Manage;

/// <summary>A listing's name for portal pages and messages; its id when the catalog no longer has it.</summary>
public static class ListingNames
{
    public static string Of(CatalogSnapshot catalog, string? listingId) =>
        listingId is null ? "" : catalog.Index.Get(listingId)?.Name ?? listingId;
}
