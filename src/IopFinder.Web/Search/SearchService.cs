using IopFinder.Core.Search;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Shared.Links;
using IopFinder.Core.Common;

namespace IopFinder.Web.Search;

/// <summary>What the search page and API need from one query string.</summary>
public sealed record SearchOutcome(ParsedSearch Parsed, SearchResults Results, CatalogIndex Index)
{
    /// <summary>Every error and warning, the parser's and the search's.</summary>
    public IEnumerable<Notice> Notices => Parsed.Errors.Concat(Parsed.Warnings).Concat(Results.Warnings);
}

/// <summary>Parses a query string and runs it against the request's catalog.</summary>
public sealed class SearchService(CatalogSnapshot snapshot)
{
    /// <param name="query">The query string.</param>
    /// <param name="waysOut">Work out where few results lead (the page shows it; the API need not pay for it).</param>
    /// <param name="cancellationToken">The request's: a search with words may wait for them to be indexed.</param>
    public async Task<SearchOutcome> SearchAsync(IQueryCollection query, bool waysOut = true, CancellationToken cancellationToken = default)
    {
        var index = snapshot.Index;
        var parsed = new SearchQueryParser(index.Catalog.Taxonomy, index.Registry).Parse(query.ToPairs());
        return new SearchOutcome(parsed, await index.SearchAsync(parsed.Query with { WaysOut = waysOut }, cancellationToken), index);
    }
}
