using IopFinder.Web.Infrastructure;
using IopFinder.Core.Search;

namespace IopFinder.Web.Services;

/// <summary>What the search page and API need from one query string.</summary>
public sealed record SearchOutcome(ParsedSearch Parsed, SearchResults Results, IopFinder.Core.Taxonomy.Taxonomy Taxonomy, Func<string, IopFinder.Core.Listings.Listing?> Find);

/// <summary>Parses a query string and runs it against the current catalog.</summary>
public sealed class SearchService(CatalogStore store)
{
    public SearchOutcome Search(IQueryCollection query)
    {
        var index = store.Current.Index;
        var pairs = query.ToPairs();
        var parsed = new SearchQueryParser(index.Catalog.Taxonomy).Parse(pairs);
        return new SearchOutcome(parsed, index.Search(parsed.Query), index.Catalog.Taxonomy, index.Get);
    }
}
