using System.Globalization;
using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using IopFinder.Core.Geo.Maps;
using IopFinder.Core.Geo.Outlines;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Search;

/// <summary>
/// The map of a search page: with a place, the programs of the page in reach as numbered pins (the
/// numbers of their result cards); without one, the United States with the search's programs by state.
/// </summary>
public sealed class SearchMaps(UsOutlines outlines)
{
    private static readonly IReadOnlyDictionary<string, int> NoCounts = new Dictionary<string, int>();

    // The page draws the 400-unit map about 340 px wide on a phone: pins of 12 units keep a two-digit number at about 11 px.
    private readonly LocalMapBuilder _local = new(outlines, new LocalMapOptions { PinRadius = 12 });

    // Drawn at most about 800 px wide: 1.5 units of the 975-unit frame and whole-unit coordinates change
    // nothing visible there and halve the map's weight in the page.
    private readonly NationalMapBuilder _national = new(outlines, new NationalMapOptions { Tolerance = 1.5, Decimals = 0 });

    /// <summary>The page's map, or null when it shows none.</summary>
    public SearchMap? For(SearchPageView view)
    {
        if (view.Results.Origin is { } origin) return Local(view, origin);
        return ShowsNational(view.Query) ? National(view) : null;
    }

    /// <summary>
    /// The national map answers "where?" for a search not tied to a place: on its first page, and not once
    /// a state is chosen (another state's count would then add to the chosen one, not stand alone).
    /// </summary>
    private static bool ShowsNational(SearchQuery query) => query.Page == 1 && query.TermsOf(Filters.State.Parameter).Count == 0;

    /// <summary>The hits of the page with the numbers their cards show: matches first, then the programs that don't say.</summary>
    public static IEnumerable<(SearchHit Hit, int Number)> Numbered(SearchResults results)
    {
        var first = (results.Query.Page - 1) * results.Query.Size + 1;
        return results.Hits.Where(h => h.Unknown.Count == 0).Concat(results.Hits.Where(h => h.Unknown.Count > 0)).Select((h, i) => (h, first + i));
    }

    private SearchMap Local(SearchPageView view, ResolvedPlace origin)
    {
        var w = view.Words;
        var radius = view.Query.Radius;
        var pins = new List<PinLocation>();
        var names = new Dictionary<string, (string Name, double Miles)>(StringComparer.Ordinal);
        foreach (var (hit, number) in Numbered(view.Results))
        {
            if (NearestSite(hit.Listing, origin.Point) is not { } site || !ReachRule.InReach(site.Miles, radius)) continue;
            pins.Add(new PinLocation(hit.Listing.Id, number, site.Point));
            names[hit.Listing.Id] = (hit.Listing.Name, hit.DistanceMiles ?? site.Miles);
        }
        var map = _local.Build(origin.Point, radius, pins);
        var title = view.Results.PageCount > 1 ? "Map.Local.Title.Page" : pins.Count == 1 ? "Map.Local.Title.One" : "Map.Local.Title";
        var text = new LocalMapText(
            w[title, pins.Count, view.Radius, origin.Label],
            pin => w["Map.Local.Pin", pin.Number, names[pin.ListingId].Name, w.Distance.Miles(names[pin.ListingId].Miles)],
            pin => view.Compare.Carry($"/programs/{pin.ListingId}"),
            Id: "results-map",
            Caption: w["Map.Local.Caption", origin.Label, view.Radius],
            Place: origin.Label);
        return new SearchMap(MapSvg.Local(map, text), []);
    }

    private SearchMap National(SearchPageView view)
    {
        var w = view.Words;
        var counts = view.Results.Facets.GetValueOrDefault(Filters.State.Parameter) ?? NoCounts;
        string Name(string state) => w.Terms.Label(Filters.State, state);
        string Says(string state, int count) => w[count == 1 ? "Map.National.State.One" : "Map.National.State", Name(state), count.ToString("N0", CultureInfo.CurrentCulture)];
        string Url(string state) => view.Links.WithOnly(Filters.State.Parameter, state);

        var text = new NationalMapText(
            w["Map.National.Title"],
            s => Says(s.Region.State, s.Count),
            s => Url(s.Region.State),
            Caption: w["Map.National.Caption"]);
        var states = counts.Where(c => c.Value > 0)
            .Select(c => new StateLink(Name(c.Key), c.Value, Url(c.Key)))
            .OrderBy(s => s.Name, StringComparer.CurrentCulture)
            .ToList();
        return new SearchMap(MapSvg.National(_national.Build(counts), text), states);
    }

    private static (GeoPoint Point, double Miles)? NearestSite(Listing listing, GeoPoint origin) =>
        listing.Locations.Where(l => l.Point is not null)
            .Select(l => (Point: l.Point!.Value, Miles: origin.MilesTo(l.Point!.Value)))
            .OrderBy(s => s.Miles)
            .Cast<(GeoPoint, double)?>()
            .FirstOrDefault();
}
