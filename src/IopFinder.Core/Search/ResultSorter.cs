namespace IopFinder.Core.Search;

/// <summary>Picks one page of results in order without sorting the whole result set (a bounded heap).</summary>
internal sealed class ResultSorter(int[] nameRank, double[] minHours)
{
    /// <summary>The listings of page <paramref name="page"/>, best first.</summary>
    public List<int> Page(List<int> results, SearchSort sort, float[]? scores, double[] distances, Func<int, bool> virtualInState, int page, int size)
    {
        var keep = (long)page * size;
        if (keep <= 0 || results.Count == 0) return [];
        var take = (int)Math.Min(keep, results.Count);
        var comparer = Comparer<int>.Create((a, b) => Compare(a, b, sort, scores, distances, virtualInState));
        // Max-heap of the best 'take' listings seen so far: the worst of them sits on top.
        var heap = new PriorityQueue<int, int>(take + 1, Comparer<int>.Create((a, b) => comparer.Compare(b, a)));
        foreach (var doc in results)
        {
            if (heap.Count < take) heap.Enqueue(doc, doc);
            else if (comparer.Compare(doc, heap.Peek()) < 0) heap.EnqueueDequeue(doc, doc);
        }
        var ordered = new List<int>(heap.Count);
        while (heap.Count > 0) ordered.Add(heap.Dequeue());
        ordered.Reverse();
        var skip = (page - 1) * size;
        return skip >= ordered.Count ? [] : ordered.GetRange(skip, Math.Min(size, ordered.Count - skip));
    }

    private int Compare(int a, int b, SearchSort sort, float[]? scores, double[] distances, Func<int, bool> virtualInState)
    {
        var primary = sort switch
        {
            SearchSort.Relevance when scores is not null => scores[b].CompareTo(scores[a]),
            SearchSort.Distance => CompareDistance(a, b, distances, virtualInState),
            SearchSort.Hours => CompareHours(minHours[a], minHours[b]),
            _ => 0,
        };
        return primary != 0 ? primary : nameRank[a].CompareTo(nameRank[b]);
    }

    private static int CompareDistance(int a, int b, double[] distances, Func<int, bool> virtualInState)
    {
        // In-reach programs by distance; virtual-only matches (infinite distance) after all of them.
        var byDistance = distances[a].CompareTo(distances[b]);
        if (byDistance != 0) return byDistance;
        return virtualInState(b).CompareTo(virtualInState(a));
    }

    private static int CompareHours(double a, double b) => (double.IsNaN(a), double.IsNaN(b)) switch
    {
        (true, true) => 0,
        (true, false) => 1,
        (false, true) => -1,
        _ => a.CompareTo(b),
    };
}
