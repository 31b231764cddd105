using IopFinder.Core.Filtering;
namespace IopFinder.Core.Search;

/// <summary>
/// Picks one page of results in order without sorting the whole result set: fixed orders (name,
/// hours) walk a precomputed ordering and stop early; score and distance keep a bounded heap.
/// Equal scores go nearest first when there is a place, and equal scores or distances put the listing
/// that answers more first, then the name: a tie is never settled by the alphabet while a fact can.
/// </summary>
internal sealed class ResultSorter
{
    private readonly int[] _tieRank;
    private readonly int[] _byName;
    private readonly int[] _byHours;

    /// <param name="nameRank">Each listing's place in name order.</param>
    /// <param name="minHours">Fewest hours per week of each listing, NaN without a schedule.</param>
    /// <param name="answers">How many filters each listing answers (<see cref="Filtering.ListingAnswers"/>).</param>
    public ResultSorter(int[] nameRank, double[] minHours, int[] answers)
    {
        _byName = new int[nameRank.Length];
        for (var doc = 0; doc < nameRank.Length; doc++) _byName[nameRank[doc]] = doc;
        // Fewest hours first, listings without a schedule last, ties by name.
        _byHours = [.. _byName.OrderBy(doc => double.IsNaN(minHours[doc]) ? double.MaxValue : minHours[doc])];
        // The last tie-breaks in one rank: the listing that answers more, then the name.
        _tieRank = new int[nameRank.Length];
        var byAnswers = _byName.OrderByDescending(doc => answers[doc]).ToArray();
        for (var rank = 0; rank < byAnswers.Length; rank++) _tieRank[byAnswers[rank]] = rank;
    }

    /// <summary>
    /// The listings of page <paramref name="page"/>, best first: the matches, then (with
    /// <paramref name="includeUnknown"/>) the listings that don't say, in the same order.
    /// <paramref name="distances"/> is null without a place.
    /// </summary>
    public List<int> Page(FilterOutcome outcome, bool includeUnknown, SearchSort sort, float[]? scores, double[]? distances, double radius, int page, int size)
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

    private List<int> Ordered(ReadOnlySpan<int> docs, Func<int, bool> member, int take, SearchSort sort, float[]? scores, double[]? distances, double radius)
    {
        // Virtual-only matches (beyond the radius) come after every program in reach.
        Func<int, double> nearest = distances is null ? _ => 0 : doc => distances[doc] <= radius ? distances[doc] : double.MaxValue;
        return sort switch
        {
            SearchSort.Relevance when scores is not null => Top(docs, take, doc => -scores[doc], nearest),
            SearchSort.Distance when distances is not null => Top(docs, take, nearest, _ => 0),
            SearchSort.Hours => Walk(_byHours, member, take),
            _ => Walk(_byName, member, take),
        };
    }

    private static List<int> Walk(int[] order, Func<int, bool> member, int take)
    {
        var result = new List<int>(take);
        for (var i = 0; i < order.Length && result.Count < take; i++)
        {
            if (member(order[i])) result.Add(order[i]);
        }
        return result;
    }

    /// <summary>The <paramref name="take"/> smallest by (key, tie, answers and name), via a bounded max-heap.</summary>
    private List<int> Top(ReadOnlySpan<int> docs, int take, Func<int, double> key, Func<int, double> tie)
    {
        var heap = new Entry[take];
        var count = 0;
        foreach (var doc in docs)
        {
            var entry = new Entry(doc, key(doc), tie(doc));
            if (count < take)
            {
                heap[count] = entry;
                SiftUp(heap, count++);
            }
            else if (Less(entry, heap[0]))
            {
                heap[0] = entry;
                SiftDown(heap, count);
            }
        }
        var items = heap[..count];
        Array.Sort(items, (a, b) => Less(a, b) ? -1 : Less(b, a) ? 1 : 0);
        return [.. items.Select(i => i.Doc)];
    }

    private readonly record struct Entry(int Doc, double Key, double Tie);

    private bool Less(Entry a, Entry b) =>
        a.Key < b.Key || (a.Key == b.Key && (a.Tie < b.Tie || (a.Tie == b.Tie && _tieRank[a.Doc] < _tieRank[b.Doc])));

    private void SiftUp(Entry[] heap, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Less(heap[parent], heap[i])) return;
            (heap[i], heap[parent]) = (heap[parent], heap[i]);
            i = parent;
        }
    }

    private void SiftDown(Entry[] heap, int count)
    {
        var i = 0;
        while (true)
        {
            var largest = i;
            var left = 2 * i + 1;
            var right = left + 1;
            if (left < count && Less(heap[largest], heap[left])) largest = left;
            if (right < count && Less(heap[largest], heap[right])) largest = right;
            if (largest == i) return;
            (heap[i], heap[largest]) = (heap[largest], heap[i]);
            i = largest;
        }
    }
}
