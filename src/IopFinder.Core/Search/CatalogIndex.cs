using System.Buffers;
using IopFinder.Core.Content;
using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Common;

namespace IopFinder.Core.Search;

/// <summary>
/// The searchable catalog: a column table for filters, facets and distance, and the words of a
/// <see cref="TextIndex"/> (Lucene: English stemming, accents folded, taxonomy synonyms in English and
/// Spanish, spelling corrected against the index's own vocabulary). Immutable once built; a new catalog means a new index, swapped in by reference.
/// Its owner and each search under way hold a use of it (<see cref="TryAcquire"/>, <see cref="Release"/>);
/// disposing retires it, and its Lucene reader closes when the last search on it finishes.
/// </summary>
public sealed class CatalogIndex : IDisposable
{
    private readonly Listing[] _listings;
    private readonly Dictionary<string, int> _ordinalById;
    private readonly ListingTable _table;
    private readonly ResultSorter _sorter;
    private readonly Task<TextVersion> _words;
    private readonly UseCount _uses;
    private int _retired;
    private readonly TextIndex? _ownText;
    private readonly SearchPlaceReader _places;
    private readonly TermMentions _mentions;
    private readonly int _dayProgramOrdinal;
    private readonly int _levelFilter;
    private const string DayProgram = "php";
    // Keyed by day: yes/no answers lapse at midnight (openings, confirmations), so the counts do too.
    private readonly DayCache<IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>> _defaultFacets = new();
    private readonly DayCache<IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>> _catalogCounts = new();

    /// <summary>Indexes a loaded catalog with a text index of its own.</summary>
    public CatalogIndex(Catalog catalog, ZipTable zips) : this(catalog, zips, null)
    {
    }

    /// <summary>
    /// Indexes a loaded catalog; its words go into the shared text index, which re-analyses only what
    /// changed since the version before. Filters, facets and distance answer at once; a search with
    /// words waits until the words of this version are indexed.
    /// </summary>
    public CatalogIndex(Catalog catalog, ZipTable zips, TextIndex? text) : this(catalog, zips, text, Filters.Registry)
    {
    }

    /// <summary>Indexes a loaded catalog for a registry of filters (the site's, or a test's with one more).</summary>
    public CatalogIndex(Catalog catalog, ZipTable zips, TextIndex? text, FilterRegistry filters)
    {
        Catalog = catalog;
        _listings = [.. catalog.Listings];
        _ordinalById = _listings.Select((l, i) => (l.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _ownText = text is null ? new TextIndex() : null;
        _words = (text ?? _ownText!).Index(_listings, _ordinalById, catalog.Taxonomy);
        _uses = new UseCount(Close);
        _table = new ListingTable(_listings, catalog.Taxonomy, filters);
        var nameRank = new int[_listings.Length];
        var byName = Enumerable.Range(0, _listings.Length)
            .OrderBy(i => _listings[i].Name, StringComparer.OrdinalIgnoreCase).ThenBy(i => _listings[i].Id, StringComparer.Ordinal).ToArray();
        for (var rank = 0; rank < byName.Length; rank++) nameRank[byName[rank]] = rank;
        _sorter = new ResultSorter(nameRank, _table.MinHours, [.. _listings.Select(l => ListingAnswers.Count(l, filters))]);
        _places = new SearchPlaceReader(zips);
        _mentions = TermMentions.For(catalog.Taxonomy);
        _levelFilter = _table.TermFilterIndex(Filters.Level);
        _dayProgramOrdinal = _table.Rules[_levelFilter].OrdinalOf(DayProgram);
    }

    /// <summary>
    /// Where "today" comes from: openings and confirmations are judged on the clock's UTC date at each
    /// search, not when the index was built, so one lapsing at midnight stops counting without a rebuild.
    /// </summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    private DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>The filters this version was indexed for: searches on it parse and count with these.</summary>
    public FilterRegistry Registry => _table.Registry;

    /// <summary>Completes when this version's words are indexed (searches with words wait for it by themselves).</summary>
    public Task WordsReady => _words;

    // Searches from requests awaited the words first (SearchAsync); only Search, for callers that may wait, blocks here.
    private TextMatcher Words => _words.GetAwaiter().GetResult().Matcher;

    /// <summary>Takes a use of this version, or false when it has been retired and its last search has finished (a newer version is current).</summary>
    public bool TryAcquire() => _uses.TryAcquire();

    /// <summary>Gives back a use taken with <see cref="TryAcquire"/>.</summary>
    public void Release() => _uses.Release();

    /// <summary>Per filter, per value: how many listings of the whole catalog (any level of care) give it (<see cref="CatalogValueCounts"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> CatalogCounts
    {
        get
        {
            var today = Today;
            return _catalogCounts.Get(today.DayNumber, () => CatalogValueCounts.Of(_table, today));
        }
    }

    /// <summary>The catalog this index was built from.</summary>
    public Catalog Catalog { get; }

    /// <summary>Number of listings.</summary>
    public int Count => _listings.Length;

    /// <summary>A listing by id, or null.</summary>
    public Listing? Get(string id) => _ordinalById.TryGetValue(id, out var i) ? _listings[i] : null;

    /// <summary>
    /// Runs a search: filters, facet counts, distance, order and one page. Words wait, without holding a
    /// thread, until this version's words are indexed (in the background after a start or a reload).
    /// </summary>
    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        Acquire();
        try
        {
            if (query.Text.Length > 0) await _words.WaitAsync(cancellationToken).ConfigureAwait(false);
            return Run(query);
        }
        finally
        {
            _uses.Release();
        }
    }

    /// <summary>Runs a search; with words, blocks until this version's words are indexed (for tools and tests; requests use <see cref="SearchAsync"/>).</summary>
    public SearchResults Search(SearchQuery query) => SearchAsync(query).GetAwaiter().GetResult();

    private void Acquire()
    {
        if (!_uses.TryAcquire()) throw new ObjectDisposedException(nameof(CatalogIndex), "This catalog version was retired; search the current one.");
    }

    private SearchResults Run(SearchQuery query)
    {
        var place = _places.Read(query, readWords: true);
        query = place.Query;
        var origin = place.Origin;
        var warnings = new List<Notice>(place.Warnings);

        var n = _listings.Length;
        var scores = ArrayPool<float>.Shared.Rent(Math.Max(1, n));
        var distances = ArrayPool<double>.Shared.Rent(Math.Max(1, n));
        try
        {
            var text = Match(query.Text);
            if (text is { EveryWord: false }) warnings.Add(new Notice(NoticeCode.SomeWordsOnly, SearchParameters.Text));

            var plan = new FilterPlan(_table, query, origin, text, Today);
            using var outcome = FilterPass.Run(_table, plan, distances);
            var counter = new FacetCounter(_table, plan, outcome, distances);
            var sort = EffectiveSort(query, text is not null, origin, warnings);
            // Relevance is worked out only for the listings that can be shown.
            if (text is not null && sort == SearchSort.Relevance) ScoreResults(text, outcome, query.IncludeUnknown, scores);
            var page = _sorter.Page(outcome, query.IncludeUnknown, sort, text is not null ? scores : null, origin is null ? null : distances, plan.Radius, query.Page, query.Size);
            var waysOut = outcome.Total < SearchResults.FewResults && query.WaysOut;
            var wider = waysOut ? new WaysOutFinder(Catalog.Taxonomy, _mentions, (q, o) => CountOnly(q, o, q.Text == query.Text ? text : Match(q.Text))) : null;

            return new SearchResults
            {
                Query = query,
                Total = outcome.Total,
                UnknownTotal = outcome.UnknownCount,
                UnknownByFilter = UnknownByFilter(outcome),
                Hits = page.Select(doc => Hit(doc, origin, distances[doc], plan, outcome.UnknownMaskOf(doc))).ToList(),
                // With nothing asked, the counts never change: work them out once per index.
                Facets = query.IsDefault ? _defaultFacets.Get(plan.Day, counter.Count) : counter.Count(),
                Warnings = warnings,
                Origin = origin,
                Place = place.Resolution,
                Suggestion = waysOut ? Suggest(counter.RemovalCounts(), outcome.Total) : null,
                Mention = waysOut && text is not null ? Mention(query, origin, outcome.Total) : null,
                DayProgramTotal = waysOut && !query.TermsOf(Filters.Level.Parameter).Contains(DayProgram) ? counter.CountWithOnly(_levelFilter, _dayProgramOrdinal) : 0,
                Wider = wider?.Wider(query, origin, outcome.Total) ?? [],
                VirtualInState = wider?.VirtualInState(query, origin, outcome.Total),
                MentalHealth = wider?.MentalHealth(query, origin, outcome.Total),
                EffectiveSort = sort,
            };
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<double>.Shared.Return(distances);
        }
    }

    /// <summary>Retires this version: its reader (and its own text index, when it has one) closes when the last search on it finishes.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _retired, 1) == 0) _uses.Release();
    }

    private void Close()
    {
        _ownText?.Dispose();
        // Words still being indexed give their reader back as soon as they are done.
        _words.ContinueWith(static words =>
        {
            if (words.IsCompletedSuccessfully) words.Result.Dispose();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private TermMention? Mention(SearchQuery query, ResolvedPlace? origin, int total)
    {
        if (_mentions.Find(query) is not { } mention) return null;
        var (found, unknown) = CountInstead(query, origin, mention, mention.TermId);
        // Offered only when the filter finds more than the words did, or programs that don't say.
        if (found <= total && unknown == 0) return null;
        mention = mention with { Total = found, UnknownTotal = unknown };
        // No program lists "depression" yet, but many list "mental health", which includes it.
        var vocabulary = Filters.Find(mention.Parameter)?.Vocabulary;
        if (found > 0 || vocabulary is null || Catalog.Taxonomy[vocabulary].Find(mention.TermId)?.Broader is not { } broader) return mention;
        var (broaderFound, _) = CountInstead(query, origin, mention, broader);
        return broaderFound == 0 ? mention : mention with { BroaderId = broader, BroaderTotal = broaderFound };
    }

    private TextMatch? Match(string text) => text.Length == 0 ? null : Words.Match(Words.Words(text));

    /// <summary>What the search finds with the mentioned words asked through the filter as <paramref name="termId"/>.</summary>
    private (int Total, int Unknown) CountInstead(SearchQuery query, ResolvedPlace? origin, TermMention mention, string termId)
    {
        var terms = new Dictionary<string, IReadOnlyList<string>>(query.Terms, StringComparer.Ordinal)
        {
            [mention.Parameter] = [.. query.TermsOf(mention.Parameter), termId],
        };
        var instead = query with { Text = mention.RestOfText, Terms = terms };
        return CountOnly(instead, origin, Match(instead.Text));
    }

    /// <summary>How many programs a search finds, and how many don't say, without ordering or counting facets.</summary>
    private (int Total, int Unknown) CountOnly(SearchQuery query, ResolvedPlace? origin, TextMatch? text)
    {
        var distances = ArrayPool<double>.Shared.Rent(Math.Max(1, _listings.Length));
        try
        {
            using var outcome = FilterPass.Run(_table, new FilterPlan(_table, query, origin, text, Today), distances);
            return (outcome.Total, outcome.UnknownCount);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(distances);
        }
    }

    private static void ScoreResults(TextMatch text, FilterOutcome outcome, bool includeUnknown, float[] scores)
    {
        foreach (var doc in outcome.Results) scores[doc] = text.Score(doc);
        if (!includeUnknown) return;
        foreach (var doc in outcome.UnknownDocs) scores[doc] = text.Score(doc);
    }

    private static SearchSort EffectiveSort(SearchQuery query, bool hasText, ResolvedPlace? origin, List<Notice> warnings)
    {
        if (query.Sort == SearchSort.Distance && origin is null)
        {
            if (query.Near.Length == 0) warnings.Add(new Notice(NoticeCode.DistanceSortNeedsPlace, SearchParameters.Sort));
            return SearchSort.Name;
        }
        if (query.Sort == SearchSort.Relevance && !hasText) return origin is null ? SearchSort.Name : SearchSort.Distance;
        return query.Sort;
    }

    private SearchHit Hit(int doc, ResolvedPlace? origin, double distance, FilterPlan plan, int unknownMask)
    {
        var listing = _listings[doc];
        var unknown = unknownMask == 0 ? [] : plan.ParametersOf(unknownMask);
        if (origin is null) return new SearchHit(listing, null, false) { Unknown = unknown };
        var inReach = ReachRule.InReach(distance, plan.Radius);
        // Distance stays on every result with a site, even one that matched by virtual care.
        var miles = inReach ? distance : ReachRule.NearestMiles(listing, origin.Point);
        return new SearchHit(listing, double.IsFinite(miles) ? Math.Round(miles, 1) : null, !inReach && plan.VirtualInState(doc)) { Unknown = unknown };
    }

    private Dictionary<string, int> UnknownByFilter(FilterOutcome outcome)
    {
        // Few distinct masks among many listings: count the masks, then name their filters.
        var byMask = new Dictionary<int, int>();
        foreach (var mask in outcome.UnknownMasks) byMask[mask] = byMask.GetValueOrDefault(mask) + 1;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (mask, count) in byMask)
        {
            foreach (var parameter in _table.Layout.ParametersOf(mask)) counts[parameter] = counts.GetValueOrDefault(parameter) + count;
        }
        return counts;
    }

    private LoosenSuggestion? Suggest(Dictionary<int, int> removalCounts, int total)
    {
        if (removalCounts.Count == 0) return null;
        var (bit, count) = removalCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First();
        return count <= total ? null : new LoosenSuggestion(_table.Layout.ParameterOf(bit), count);
    }
}
