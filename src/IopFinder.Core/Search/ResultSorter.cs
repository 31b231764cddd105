namespace IopFinder.Core.Search;

/// <summary>
/// Picks one page of results in order without sorting the whole result set: fixed orders (name,
/// hours) walk a precomputed ordering and stop early; score and distance keep a bounded heap.
/// </summary>
internal sealed class ResultSorter
{
    private readonly int[] _nameRank;
    private readonly int[] _byName;
    private readonly int[] _byHours;

    public ResultSorter(int[] nameRank, double[] minHours)
    {
        _nameRank = nameRank;
        _byName = new int[nameRank.Length];
        for (var doc = 0; doc < nameRank.Length; doc++) _byName[nameRank[doc]] = doc;
        // Fewest hours first, listings without a schedule last, ties by name.
        _byHours = [.. _byName.OrderBy(doc => double.IsNaN(minHours[doc]) ? double.MaxValue : minHours[doc])];
    }

    /// <summary>
    /// The listings of page <paramref name="page"/>, best first: the matches, then (with
    /// <paramref name="includeUnknown"/>) the listings that don't say, in the same order.
    /// </summary>
    public List<int> Page(FilterOutcome outcome, bool includeUnknown, SearchSort sort, float[]? scores, double[] distances, double radius, int page, int size)
    {
        var skip = (long)(page - 1) * size;
        var matches = outcome.Total;
        var unknowns = includeUnknown ? outcome.UnknownCount : 0;
        if (skip >= matches + unknowns) return [];
        var result = new List<int>(size);
        if (skip < matches)
        {
            var passed = outcome.Passed;
            var ordered = Ordered(outcome.Results, doc => passed[doc], (int)Math.Min(skip + size, matches), sort, scores, distances, radius);
            result.AddRange(ordered.Skip((int)skip));
        }
        if (result.Count < size && unknowns > 0)
        {
            var unknownSkip = (int)Math.Max(0, skip - matches);
            var take = (int)Math.Min(unknownSkip + size - result.Count, unknowns);
            var ordered = Ordered(outcome.UnknownDocs, outcome.IsUnknown, take, sort, scores, distances, radius);
            result.AddRange(ordered.Skip(unknownSkip));
        }
        return result;
    }

    private List<int> Ordered(ReadOnlySpan<int> docs, Func<int, bool> member, int take, SearchSort sort, float[]? scores, double[] distances, double radius) =>
        sort switch
        {
            SearchSort.Relevance when scores is not null => Top(docs, take, doc => -scores[doc]),
            SearchSort.Distance => Top(docs, take, doc => distances[doc] <= radius ? distances[doc] : double.MaxValue),
            SearchSort.Hours => Walk(_byHours, member, take),
            _ => Walk(_byName, member, take),
        };

    private static List<int> Walk(int[] order, Func<int, bool> member, int take)
    {
        var result = new List<int>(take);
        for (var i = 0; i < order.Length && result.Count < take; i++)
        {
            if (member(order[i])) result.Add(order[i]);
        }
        return result;
    }

    /// <summary>The <paramref name="take"/> smallest by (key, name), via a bounded max-heap.</summary>
    private List<int> Top(ReadOnlySpan<int> docs, int take, Func<int, double> key)
    {
        var heapDocs = new int[take];
        var heapKeys = new double[take];
        var count = 0;
        foreach (var doc in docs)
        {
            var k = key(doc);
            if (count < take)
            {
                heapDocs[count] = doc;
                heapKeys[count] = k;
                SiftUp(heapDocs, heapKeys, count++);
            }
            else if (Less(k, doc, heapKeys[0], heapDocs[0]))
            {
                heapDocs[0] = doc;
                heapKeys[0] = k;
                SiftDown(heapDocs, heapKeys, count);
            }
        }
        var items = Enumerable.Range(0, count).Select(i => (Doc: heapDocs[i], Key: heapKeys[i])).ToList();
        items.Sort((a, b) => Less(a.Key, a.Doc, b.Key, b.Doc) ? -1 : Less(b.Key, b.Doc, a.Key, a.Doc) ? 1 : 0);
        return items.Select(i => i.Doc).ToList();
    }

    private bool Less(double keyA, int docA, double keyB, int docB) =>
        keyA < keyB || (keyA == keyB && _nameRank[docA] < _nameRank[docB]);

    private void SiftUp(int[] docs, double[] keys, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Less(keys[parent], docs[parent], keys[i], docs[i])) return;
            Swap(docs, keys, i, parent);
            i = parent;
        }
    }

    private void SiftDown(int[] docs, double[] keys, int count)
    {
        var i = 0;
        while (true)
        {
            var largest = i;
            var left = 2 * i + 1;
            var right = left + 1;
            if (left < count && Less(keys[largest], docs[largest], keys[left], docs[left])) largest = left;
            if (right < count && Less(keys[largest], docs[largest], keys[right], docs[right])) largest = right;
            if (largest == i) return;
            Swap(docs, keys, i, largest);
            i = largest;
        }
    }

    private static void Swap(int[] docs, double[] keys, int a, int b)
    {
        (docs[a], docs[b]) = (docs[b], docs[a]);
        (keys[a], keys[b]) = (keys[b], keys[a]);
    }
}
