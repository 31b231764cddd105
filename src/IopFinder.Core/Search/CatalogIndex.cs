using System.Buffers;
using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace IopFinder.Core.Search;

/// <summary>
/// The searchable catalog: an in-memory Lucene index for words (English stemming, taxonomy synonyms,
/// typo tolerance) beside a column table for filters, facets and distance. Immutable once built;
/// a new catalog means a new index, swapped in by reference.
/// </summary>
public sealed class CatalogIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Listing[] _listings;
    private readonly Dictionary<string, int> _ordinalById;
    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly int[] _ordinalOfDoc;
    private readonly ListingTable _table;
    private readonly ResultSorter _sorter;
    private readonly TextQueryBuilder _queries;
    private readonly PlaceResolver _places;
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>? _unfilteredFacets;

    /// <summary>Indexes a loaded catalog.</summary>
    public CatalogIndex(Catalog catalog, ZipTable zips)
    {
        Catalog = catalog;
        _listings = [.. catalog.Listings];
        _ordinalById = _listings.Select((l, i) => (l.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _analyzer = new PerFieldAnalyzerWrapper(
            new EnglishAnalyzer(Version),
            new Dictionary<string, Analyzer> { [IndexFields.Raw] = new StandardAnalyzer(Version) });
        _directory = new RAMDirectory();
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE }))
        {
            for (var i = 0; i < _listings.Length; i++)
            {
                writer.AddDocument(LuceneDocumentBuilder.Build(_listings[i], i, catalog.Taxonomy));
            }
            // One segment: searches then do their per-segment work once, not once per flush.
            writer.ForceMerge(1);
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _ordinalOfDoc = new int[_reader.MaxDoc];
        var ordinals = MultiDocValues.GetNumericValues(_reader, IndexFields.Ordinal);
        for (var doc = 0; doc < _ordinalOfDoc.Length; doc++) _ordinalOfDoc[doc] = (int)(ordinals?.Get(doc) ?? doc);

        _table = new ListingTable(_listings, catalog.Taxonomy);
        var nameRank = new int[_listings.Length];
        var byName = Enumerable.Range(0, _listings.Length)
            .OrderBy(i => _listings[i].Name, StringComparer.OrdinalIgnoreCase).ThenBy(i => _listings[i].Id, StringComparer.Ordinal).ToArray();
        for (var rank = 0; rank < byName.Length; rank++) nameRank[byName[rank]] = rank;
        _sorter = new ResultSorter(nameRank, _table.MinHours);
        _queries = new TextQueryBuilder(_analyzer, _reader);
        _places = new PlaceResolver(zips);
    }

    /// <summary>The catalog this index was built from.</summary>
    public Catalog Catalog { get; }

    /// <summary>Number of listings.</summary>
    public int Count => _listings.Length;

    /// <summary>A listing by id, or null.</summary>
    public Listing? Get(string id) => _ordinalById.TryGetValue(id, out var i) ? _listings[i] : null;

    /// <summary>Runs a search: filters, facet counts, distance, order and one page.</summary>
    public SearchResults Search(SearchQuery query)
    {
        var warnings = new List<string>();
        ResolvedPlace? origin = null;
        if (query.Near.Length > 0)
        {
            origin = _places.Resolve(query.Near);
            if (origin is null) warnings.Add(PlaceResolver.NotFoundMessage(query.Near));
        }

        var n = _listings.Length;
        var matched = ArrayPool<bool>.Shared.Rent(Math.Max(1, n));
        var scores = ArrayPool<float>.Shared.Rent(Math.Max(1, n));
        var distances = ArrayPool<double>.Shared.Rent(Math.Max(1, n));
        try
        {
            var words = _queries.Words(query.Text);
            var hasText = words.Count > 0;
            if (hasText && MatchText(words, matched, scores) == 0 && words.Count > 1)
            {
                if (MatchText(words, matched, scores, all: false) > 0)
                    warnings.Add("No program matched every word, so programs matching some of them are shown.");
            }

            var plan = new FilterPlan(_table, query, origin, hasText ? matched : null);
            using var outcome = FilterPass.Run(_table, plan, distances);
            var counter = new FacetCounter(_table, plan, outcome, distances);
            var sort = EffectiveSort(query, hasText, origin, warnings);
            var page = _sorter.Page(outcome, sort, hasText ? scores : null, distances, plan.Radius, query.Page, query.Size);

            return new SearchResults
            {
                Query = query,
                Total = outcome.Total,
                Hits = page.Select(doc => Hit(doc, origin, distances[doc], plan)).ToList(),
                // With nothing asked, the counts never change: work them out once per index.
                Facets = plan.ActiveMask == 0 ? _unfilteredFacets ??= counter.Count() : counter.Count(),
                Warnings = warnings,
                Origin = origin,
                Suggestion = outcome.Total == 0 ? Suggest(counter.RemovalCounts()) : null,
                EffectiveSort = sort,
            };
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(matched);
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<double>.Shared.Return(distances);
        }
    }

    /// <summary>Releases the Lucene reader and directory.</summary>
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private int MatchText(IReadOnlyList<string> words, bool[] matched, float[] scores, bool all = true)
    {
        Array.Clear(matched, 0, _listings.Length);
        var collector = new ScoreCollector(_ordinalOfDoc, matched, scores);
        _searcher.Search(_queries.Build(words, all), collector);
        return collector.Hits;
    }

    private static SearchSort EffectiveSort(SearchQuery query, bool hasText, ResolvedPlace? origin, List<string> warnings)
    {
        if (query.Sort == SearchSort.Distance && origin is null)
        {
            if (query.Near.Length == 0) warnings.Add("Sorting by distance needs a ZIP or city, so results are sorted by name.");
            return SearchSort.Name;
        }
        if (query.Sort == SearchSort.Relevance && !hasText) return origin is null ? SearchSort.Name : SearchSort.Distance;
        return query.Sort;
    }

    private SearchHit Hit(int doc, ResolvedPlace? origin, double distance, FilterPlan plan)
    {
        var listing = _listings[doc];
        if (origin is null) return new SearchHit(listing, null, false);
        var inReach = distance <= plan.Radius;
        double? miles = inReach ? distance : NearestSite(listing, origin.Point);
        return new SearchHit(listing, miles is { } m ? Math.Round(m, 1) : null, !inReach && plan.VirtualInState(doc));
    }

    private static double? NearestSite(Listing listing, GeoPoint origin)
    {
        var points = listing.Locations.Where(l => l.Point is not null).Select(l => origin.MilesTo(l.Point!.Value)).ToList();
        return points.Count == 0 ? null : points.Min();
    }

    private static LoosenSuggestion? Suggest(Dictionary<int, int> removalCounts)
    {
        if (removalCounts.Count == 0) return null;
        var (bit, total) = removalCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First();
        return total == 0 ? null : new LoosenSuggestion(ParameterOf(bit), total);
    }

    private static string ParameterOf(int bit)
    {
        for (var f = 0; f < SearchParameters.TermFilters.Count; f++)
        {
            if (bit == FilterPlan.TermBit(f)) return SearchParameters.TermFilters[f].Parameter;
        }
        return bit switch
        {
            FilterPlan.TextBit => SearchParameters.Text,
            FilterPlan.TimeBit => SearchParameters.Time,
            FilterPlan.DayBit => SearchParameters.Day,
            FilterPlan.HoursBit => SearchParameters.MaxHours,
            FilterPlan.NearBit => SearchParameters.Near,
            _ => SearchParameters.Accepting,
        };
    }
}
