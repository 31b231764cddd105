using IopFinder.Web.Infrastructure;
using IopFinder.Core.Checklist;
using IopFinder.Core.Geo;

namespace IopFinder.Web.Services;

/// <summary>What the compare page and API need: the parsed checklist, the scores, and ids no longer listed.</summary>
public sealed record CompareOutcome(ParsedChecklist Parsed, ChecklistResult Result, IReadOnlyList<string> UnknownIds, IReadOnlyList<string> Compared, IopFinder.Core.Taxonomy.Taxonomy Taxonomy);

/// <summary>Reads a compare query string and scores the chosen programs against the current catalog.</summary>
public sealed class CompareService(CatalogStore store, ZipTable zips, TimeProvider clock)
{
    public CompareOutcome Compare(IQueryCollection query)
    {
        var index = store.Current.Index;
        var taxonomy = index.Catalog.Taxonomy;
        var pairs = query.ToPairs().ToList();
        var parsed = new ChecklistParser(taxonomy).Parse(pairs);
        // Past the limit, the first six are compared and the page explains; the API refuses instead.
        var compared = parsed.Request.Ids.Take(NeedNames.MaxPrograms).ToList();
        var unknown = compared.Where(id => index.Get(id) is null).ToList();
        var listings = compared.Select(index.Get).OfType<IopFinder.Core.Listings.Listing>().ToList();
        var result = new ChecklistScorer(taxonomy, zips, clock).Score(parsed.Request, listings);
        return new CompareOutcome(parsed, result, unknown, compared, taxonomy);
    }
}
