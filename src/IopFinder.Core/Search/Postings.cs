using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace IopFinder.Core.Search;

/// <summary>
/// The listings a term occurs in, as a bit set over listing positions, read once from the index's
/// postings and kept for the life of the index (a new catalog builds a new index and a new cache), so
/// a common word costs one lookup, not a pass over its postings, on every search.
/// </summary>
internal sealed class Postings(IndexReader? reader, int[] ordinalOfDoc, int count)
{
    private const int MaxCached = 4096;
    private readonly ConcurrentDictionary<(string Field, string Term), ulong[]> _cache = new();

    public int Count => count;

    /// <summary>The listings with the term in the field; null when it occurs in none.</summary>
    public ulong[]? Of(string field, string term)
    {
        if (_cache.TryGetValue((field, term), out var cached)) return cached.Length == 0 ? null : cached;
        var bits = Read(field, term);
        if (_cache.Count >= MaxCached) _cache.Clear();
        _cache[(field, term)] = bits ?? [];
        return bits;
    }

    /// <summary>How many listings have the term in the field.</summary>
    public int DocFreq(string field, string term) => reader?.DocFreq(new Term(field, term)) ?? 0;

    private ulong[]? Read(string field, string term)
    {
        if (reader is null) return null;
        ulong[]? bits = null;
        var key = new Term(field, new BytesRef(term));
        // Deleted documents are skipped by the enumerator; a document of another version maps to -1.
        foreach (var leaf in reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(key);
            if (docs is null) continue;
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                var ordinal = ordinalOfDoc[leaf.DocBase + doc];
                if (ordinal >= 0) Bits.Set(bits ??= Bits.Create(count), ordinal);
            }
        }
        return bits;
    }
}
