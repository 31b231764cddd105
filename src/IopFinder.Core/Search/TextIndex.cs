using IopFinder.Core.Listings;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace IopFinder.Core.Search;

/// <summary>
/// The Lucene side of the catalog: one analyzer, one in-memory directory and its writer, kept across
/// catalog versions so a new version re-analyses only the listings that changed (an edit costs one
/// document, not the whole catalog). Each version leases a point-in-time reader from a
/// <see cref="SearcherManager"/> and gives it back when the version closes, so a reader (and the index
/// files it keeps alive) lives only as long as a catalog version uses it; versions are applied in order,
/// in the background, so serving a catalog never waits for words to be indexed.
/// </summary>
public sealed class TextIndex : IDisposable
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Analyzer _analyzer = new PerFieldAnalyzerWrapper(
        new FoldingAnalyzer(Version, stem: true),
        new Dictionary<string, Analyzer> { [IndexFields.Raw] = new FoldingAnalyzer(Version, stem: false) });
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private int _leasedReaders;
    // Which listing object each id was indexed from: the loader keeps the same object for a file that did not change.
    private readonly Dictionary<string, Listing> _indexed = new(StringComparer.Ordinal);
    private readonly object _order = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _last = Task.CompletedTask;

    /// <summary>An empty index.</summary>
    public TextIndex()
    {
        _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>Readers held by versions, and the files and bytes of the index now.</summary>
    public TextIndexUse Use => new(Volatile.Read(ref _leasedReaders), _directory.ListAll().Length, _directory.GetSizeInBytes());

    /// <summary>
    /// Starts bringing the index to this catalog version, after every version started before it;
    /// the task gives the version's words, which hold a reader until they are disposed.
    /// </summary>
    internal Task<TextVersion> Index(IReadOnlyList<Listing> listings, IReadOnlyDictionary<string, int> ordinalById, Taxonomy.Taxonomy taxonomy)
    {
        lock (_order)
        {
            var next = _last.ContinueWith(_ => Apply(listings, ordinalById, taxonomy), _stop.Token,
                TaskContinuationOptions.DenyChildAttach | TaskContinuationOptions.LazyCancellation, TaskScheduler.Default);
            _last = next;
            return next;
        }
    }

    private TextVersion Apply(IReadOnlyList<Listing> listings, IReadOnlyDictionary<string, int> ordinalById, Taxonomy.Taxonomy taxonomy)
    {
        var changed = listings.Where(l => !_indexed.TryGetValue(l.Id, out var before) || !ReferenceEquals(before, l)).ToList();
        var gone = _indexed.Keys.Where(id => !ordinalById.ContainsKey(id)).ToList();
        foreach (var id in gone)
        {
            _writer.DeleteDocuments(new Term(IndexFields.Id, id));
            _indexed.Remove(id);
        }
        var fresh = _indexed.Count == 0;
        // The writer takes documents from several threads at once; a first build uses all cores but one,
        // which stays free for the requests answered meanwhile.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = fresh ? Math.Max(1, Environment.ProcessorCount - 1) : 1, CancellationToken = _stop.Token };
        Parallel.ForEach(changed, parallel, listing =>
        {
            var document = LuceneDocumentBuilder.Build(listing, taxonomy);
            if (fresh) _writer.AddDocument(document);
            else _writer.UpdateDocument(new Term(IndexFields.Id, listing.Id), document);
        });
        foreach (var listing in changed) _indexed[listing.Id] = listing;

        var words = Lease(listings.Count, ordinalById);
        // A first build leaves the writer's buffers and the parsed files behind as garbage: compact once
        // and give the memory back, so the process settles near what it keeps.
        if (fresh && listings.Count > 1000) GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return words;
    }

    /// <summary>A reader on the index as it is now (shared with the version before when nothing changed), held until the version lets go.</summary>
    private TextVersion Lease(int count, IReadOnlyDictionary<string, int> ordinalById)
    {
        _searchers.MaybeRefreshBlocking();
        var searcher = _searchers.Acquire();
        Interlocked.Increment(ref _leasedReaders);
        void Release()
        {
            Interlocked.Decrement(ref _leasedReaders);
            // Safe after the manager is disposed; the reader closes with its last reference.
            _searchers.Release(searcher);
        }
        try
        {
            var reader = searcher.IndexReader;
            var ordinalOfDoc = OrdinalsOf(reader, ordinalById);
            return new TextVersion(new TextMatcher(_analyzer, new Postings(reader, ordinalOfDoc, count), new SpellingIndex(reader, IndexFields.Raw)), Release);
        }
        catch
        {
            Release();
            throw;
        }
    }

    /// <summary>Each document's position in the catalog version (-1 for a deleted one).</summary>
    private static int[] OrdinalsOf(IndexReader reader, IReadOnlyDictionary<string, int> ordinalById)
    {
        var ordinals = new int[reader.MaxDoc];
        Array.Fill(ordinals, -1);
        var id = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var ids = leaf.AtomicReader.GetBinaryDocValues(IndexFields.Id);
            var live = leaf.AtomicReader.LiveDocs;
            if (ids is null) continue;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                ids.Get(doc, id);
                ordinals[leaf.DocBase + doc] = ordinalById.GetValueOrDefault(id.Utf8ToString(), -1);
            }
        }
        return ordinals;
    }

    /// <summary>
    /// Stops the indexing under way (nothing of it is kept: the index lives in memory), then closes the
    /// writer; readers still held by versions close when those versions let go of them.
    /// </summary>
    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _last.Wait();
        }
        catch (AggregateException)
        {
            // Stopped or failed: either way there is nothing left to finish.
        }
        _searchers.Dispose();
        _writer.Rollback();
        _directory.Dispose();
        _analyzer.Dispose();
        _stop.Dispose();
    }
}
