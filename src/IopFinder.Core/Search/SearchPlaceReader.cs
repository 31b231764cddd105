using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using IopFinder.Core.Common;

namespace IopFinder.Core.Search;

/// <summary>
/// Reads the place of a search (SPEC section 2, <c>near</c>): resolves it, words nothing but says
/// what happened as notices, and, when no place was given, takes a ZIP or "City, ST" out of the words.
/// A state becomes the <c>state</c> filter; "near me" and words every program answers ("IOP") are no search text.
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
        // "IOP near me": the words are not searched, and "near me" asks for the place the search lacks.
        var (text, wordsAskNearby) = FillerWords.Strip(query.Text);
        var nearAsksNearby = FillerWords.OnlyAsksNearby(query.Near);
        query = query with { Text = text, Near = nearAsksNearby ? "" : query.Near };
        if (readWords && query.Near.Length == 0 && _words.Find(query.Text) is { } found)
        {
            query = query with { Near = found.Near, Text = found.Rest };
            warnings.Add(new Notice(NoticeCode.PlaceFromWords, SearchParameters.Text, found.Near));
        }
        if (query.Near.Length == 0)
        {
            if (wordsAskNearby || nearAsksNearby) warnings.Add(new Notice(NoticeCode.PlaceNeeded, Filters.Near.Parameter));
            return new SearchPlace(query, null, warnings);
        }

        var resolution = _places.Lookup(query.Near);
        if (Warning(resolution, query.Near) is { } warning) warnings.Add(warning);
        if (resolution.Place is { IsState: true, State: { } state })
        {
            // A state is the state filter (one definition of "programs in a state"), not a point to measure from.
            query = query with { Near = "", Terms = WithState(query, state) };
            warnings.Add(new Notice(NoticeCode.PlaceIsState, Filters.State.Parameter, state));
        }
        else if (resolution.Place?.OtherState is { } other)
        {
            warnings.Add(new Notice(NoticeCode.PlaceAlsoState, Filters.Near.Parameter, resolution.Place.Label, Hint: other));
        }
        return new SearchPlace(query, resolution, warnings);
    }

    private static Dictionary<string, IReadOnlyList<string>> WithState(SearchQuery query, string state) =>
        new(query.Terms, StringComparer.Ordinal) { [Filters.State.Parameter] = [.. query.TermsOf(Filters.State.Parameter).Union([state])] };

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
