using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;

namespace IopFinder.Core.Search;

/// <summary>
/// Reads the place of a search (SPEC section 2, <c>near</c>): resolves it, words nothing but says
/// what happened as notices, and, when no place was given, takes a ZIP or "City, ST" out of the words.
/// </summary>
/// <param name="zips">ZIP centroids, cities and states.</param>
public sealed class SearchPlaceReader(ZipTable zips)
{
    private readonly PlaceResolver _places = new(zips);
    private readonly TextPlaceFinder _words = new(zips);

    /// <summary>The place of <paramref name="query"/>.</summary>
    /// <param name="query">The parsed query.</param>
    /// <param name="readWords">Look for a place in <see cref="SearchQuery.Text"/> when <see cref="SearchQuery.Near"/> is empty ("dbt 60614").</param>
    public SearchPlace Read(SearchQuery query, bool readWords)
    {
        var warnings = new List<Notice>();
        if (readWords && query.Near.Length == 0 && _words.Find(query.Text) is { } found)
        {
            query = query with { Near = found.Near, Text = found.Rest };
            warnings.Add(new Notice(NoticeCode.PlaceFromWords, SearchParameters.Text, found.Near));
        }
        if (query.Near.Length == 0) return new SearchPlace(query, null, warnings);

        var resolution = _places.Lookup(query.Near);
        if (Warning(resolution, query.Near) is { } warning) warnings.Add(warning);
        return new SearchPlace(query, resolution, warnings);
    }

    private static Notice? Warning(PlaceResolution resolution, string near)
    {
        var parameter = Filters.Near.Parameter;
        var value = Notice.Shorten(near);
        return resolution.Issue switch
        {
            PlaceIssue.None => null,
            PlaceIssue.Ambiguous => new Notice(NoticeCode.PlaceAmbiguous, parameter, resolution.Place!.Label)
            {
                Choices = [.. resolution.Place.Alternatives.Select(c => c.Label)],
            },
            PlaceIssue.OutsideUnitedStates => new Notice(NoticeCode.PlaceOutsideUnitedStates, parameter, value),
            PlaceIssue.OutOfRange => new Notice(NoticeCode.PlaceOutOfRange, parameter, value),
            _ => new Notice(NoticeCode.PlaceNotFound, parameter, value),
        };
    }
}
