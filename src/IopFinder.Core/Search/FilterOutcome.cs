using System.Buffers;

namespace IopFinder.Core.Search;

/// <summary>
/// The outcome of one pass over the catalog: listings that pass, and "near misses" that fail only
/// within one group or cluster (what facets and the loosen suggestion need). The buffers come from
/// a pool and go back on dispose, so a search allocates almost nothing per listing.
/// </summary>
internal sealed class FilterOutcome : IDisposable
{
    private readonly int[] _results;
    private readonly bool[] _passed;
    private readonly int[] _missDocs;
    private readonly int[] _missMasks;

    public FilterOutcome(int capacity)
    {
        _results = ArrayPool<int>.Shared.Rent(Math.Max(1, capacity));
        _passed = ArrayPool<bool>.Shared.Rent(Math.Max(1, capacity));
        _missDocs = ArrayPool<int>.Shared.Rent(Math.Max(1, capacity));
        _missMasks = ArrayPool<int>.Shared.Rent(Math.Max(1, capacity));
        Array.Clear(_passed, 0, capacity);
    }

    public int Total { get; private set; }
    public int MissCount { get; private set; }
    public ReadOnlySpan<int> Results => _results.AsSpan(0, Total);
    public bool[] Passed => _passed;
    public ReadOnlySpan<int> MissDocs => _missDocs.AsSpan(0, MissCount);
    public ReadOnlySpan<int> MissMasks => _missMasks.AsSpan(0, MissCount);

    public void AddResult(int doc)
    {
        _results[Total++] = doc;
        _passed[doc] = true;
    }

    public void AddMiss(int doc, int mask)
    {
        _missDocs[MissCount] = doc;
        _missMasks[MissCount++] = mask;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_results);
        ArrayPool<bool>.Shared.Return(_passed);
        ArrayPool<int>.Shared.Return(_missDocs);
        ArrayPool<int>.Shared.Return(_missMasks);
    }
}
