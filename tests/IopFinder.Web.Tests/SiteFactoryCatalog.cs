using IopFinder.Core.Content;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests;

/// <summary>The catalog a test site serves, for expected values taken from the listings themselves.</summary>
public static class SiteFactoryCatalog
{
    public static Catalog Catalog(this SiteFactory factory) => factory.Services.GetRequiredService<CatalogStore>().Current.Index.Catalog;
}
