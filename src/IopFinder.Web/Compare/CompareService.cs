using IopFinder.Core.Checklist;
using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Shared.Links;
using IopFinder.Core.Common;

namespace IopFinder.Web.Compare;

/// <summary>What the compare page and API need: the parsed checklist, the scores, ids no longer listed, and the site's filters they were read with.</summary>
public sealed record CompareOutcome(ParsedChecklist Parsed, ChecklistResult Result, IReadOnlyList<string> UnknownIds, IReadOnlyList<string> Compared, FilterRegistry Registry)
{
    /// <summary>Every error and warning, with a notice for each program no longer listed.</summary>
    public IEnumerable<Notice> Notices =>
        Parsed.Errors.Concat(UnknownIds.Select(id => new Notice(NoticeCode.ProgramGone, NeedNames.Ids, Notice.Shorten(id))))
            .Concat(Parsed.Warnings).Concat(Result.Warnings);
}

/// <summary>Reads a compare query string and scores the chosen programs against the request's catalog.</summary>
public sealed class CompareService(CatalogSnapshot snapshot, ZipTable zips, TimeProvider clock)
{
    public CompareOutcome Compare(IQueryCollection query)
    {
        var index = snapshot.Index;
        var taxonomy = index.Catalog.Taxonomy;
        var parsed = new ChecklistParser(taxonomy, index.Registry).Parse(query.ToPairs().ToList());
        // Past the limit, the first six are compared and the page explains; the API refuses instead.
        var compared = parsed.Request.Ids.Take(NeedNames.MaxPrograms).ToList();
        var unknown = compared.Where(id => index.Get(id) is null).ToList();
        var listings = compared.Select(index.Get).OfType<Listing>().ToList();
        var result = new ChecklistScorer(taxonomy, zips, clock, index.Registry).Score(parsed.Request, listings);
        return new CompareOutcome(parsed, result, unknown, compared, index.Registry);
    }
}
