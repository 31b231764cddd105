using IopFinder.Core.Content;
using IopFinder.Core.Filtering;
using IopFinder.Core.Listings;
using IopFinder.Web.Shared.Links;
using IopFinder.Web.Shared.Localization;

namespace IopFinder.Web.Discovery;

/// <summary>
/// The pages worth a search engine's visit: home, the pages about the site, every program, and the
/// search of each state that has a program (a site there, or virtual care stated for it); each in
/// English, then each again in Spanish (the pages name each other with <c>hreflang</c>).
/// </summary>
public static class SitemapEntries
{
    /// <summary>Pages that say the same for every catalog; pages marked noindex (status, compare) are left out.</summary>
    public static IReadOnlyList<string> StaticPages { get; } = ["/for-programs", "/developers"];

    public static IReadOnlyList<SitemapEntry> Of(Catalog catalog)
    {
        var entries = new List<SitemapEntry> { new("/", Latest(catalog.Listings)) };
        entries.AddRange(StaticPages.Select(path => new SitemapEntry(path, null)));
        entries.AddRange(catalog.Listings.Select(l => new SitemapEntry(ProgramUrls.Page(l.Id), LastModified(l))));
        var states = catalog.Listings
            .SelectMany(l => Filters.State.Read!(l).Select(state => (State: state, Listing: l)))
            .GroupBy(p => p.State, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        entries.AddRange(states.Select(g => new SitemapEntry(SearchCanonical.ForState(g.Key), Latest(g.Select(p => p.Listing)))));
        return [.. SiteLanguage.All.SelectMany(language => entries.Select(e => e with { Path = language.AddressOf(e.Path) }))];
    }

    /// <summary>
    /// When staff last confirmed the listing, else when it was last imported. A file's modification
    /// time is not used: a fresh checkout or a copy sets it on every file, which would claim that the
    /// whole catalog changed.
    /// </summary>
    public static DateOnly? LastModified(Listing listing) =>
        listing.LastReviewed ?? listing.Sources.Select(s => s.Imported).Max();

    private static DateOnly? Latest(IEnumerable<Listing> listings) => listings.Select(LastModified).Max();
}
