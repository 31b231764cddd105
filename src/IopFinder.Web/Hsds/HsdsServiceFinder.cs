using IopFinder.Core.Filtering;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;

namespace IopFinder.Web.Hsds;

/// <summary>
/// The listings an HSDS list request asks for, in order, found by the site's own search: its text search
/// (words, synonyms, typos; best match first, else by name) and its filter for a taxonomy term, over every
/// level of care (the site's searches default to intensive outpatient only), then by file time.
/// </summary>
public static class HsdsServiceFinder
{
    public static async Task<IReadOnlyList<Listing>> FindAsync(HsdsCatalog catalog, HsdsListQuery query, CancellationToken cancellationToken)
    {
        if (query.UnknownTerm) return [];
        var index = catalog.Snapshot.Index;
        var pairs = new List<KeyValuePair<string, string?>>();
        if (query.Search.Length > 0) pairs.Add(new(SearchParameters.Text, query.Search));
        if (query.Term?.Filter != Filters.Level)
        {
            pairs.AddRange(Filters.Level.Values(index.Catalog.Taxonomy).Select(level => new KeyValuePair<string, string?>(Filters.Level.Parameter, level)));
        }
        if (query.Term is var (filter, id)) pairs.Add(new(filter.Parameter, id));
        // The parser cleans and shortens the words as it does for the search box.
        var search = new SearchQueryParser(index.Catalog.Taxonomy, index.Registry).Parse(pairs).Query with { Page = 1, Size = Math.Max(1, index.Count), WaysOut = false };
        var listings = (await index.SearchAsync(search, cancellationToken)).Hits.Select(hit => hit.Listing);
        if (query.ModifiedAfter is { } after)
        {
            // A file whose time is unknown is kept: a client syncing changes must not miss it.
            listings = listings.Where(l => catalog.Modified(l) is not { } modified || modified >= after);
        }
        return listings.ToList();
    }
}
