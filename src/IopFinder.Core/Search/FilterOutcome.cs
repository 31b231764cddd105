using System.Buffers;

namespace IopFinder.Core.Search;

/// <summary>
/// The outcome of one pass over the catalog: listings that match, listings that match every filter
/// they answer but don't say for some ("unknown", with those filters' bits), and "near misses" that
/// are not matches only within one group or cluster (what facets and the loosen suggestion need).
/// The buffers come from a pool and go back on dispose, so a search allocates almost nothing per listing.
/// </summary>
internal sealed class FilterOutcome : IDisposable
{
    private readonly int[] _results;
    private readonly bool[] _passed;
    private readonly int[] _unknownDocs;
    private readonly int[] _unknownMasks;
    private readonly int[] _unknownMaskByDoc;
    private readonly int[] _missDocs;
    private readonly int[] _missMasks;

    public FilterOutcome(int capacity)
    {
        var size = Math.Max(1, capacity);
        _results = ArrayPool<int>.Shared.Rent(size);
        _passed = ArrayPool<bool>.Shared.Rent(size);
        _unknownDocs = ArrayPool<int>.Shared.Rent(size);
        _unknownMasks = ArrayPool<int>.Shared.Rent(size);
        _unknownMaskByDoc = ArrayPool<int>.Shared.Rent(size);
        _missDocs = ArrayPool<int>.Shared.Rent(size);
        _missMasks = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_passed, 0, capacity);
        Array.Clear(_unknownMaskByDoc, 0, capacity);
    }

    public int Total { get; private set; }
    public int UnknownCount { get; private set; }
    public int MissCount { get; private set; }
    public ReadOnlySpan<int> Results => _results.AsSpan(0, Total);
    public bool[] Passed => _passed;
    public ReadOnlySpan<int> UnknownDocs => _unknownDocs.AsSpan(0, UnknownCount);
    public ReadOnlySpan<int> UnknownMasks => _unknownMasks.AsSpan(0, UnknownCount);
    public ReadOnlySpan<int> MissDocs => _missDocs.AsSpan(0, MissCount);
    public ReadOnlySpan<int> MissMasks => _missMasks.AsSpan(0, MissCount);

    public void AddResult(int doc)
    {
        _results[Total++] = doc;
        _passed[doc] = true;
    }

    public void AddUnknown(int doc, int mask)
    {
        _unknownDocs[UnknownCount] = doc;
        _unknownMasks[UnknownCount++] = mask;
        _unknownMaskByDoc[doc] = mask;
    }

    public void AddMiss(int doc, int mask)
    {
        _missDocs[MissCount] = doc;
        _missMasks[MissCount++] = mask;
    }

    /// <summary>The unknown filters' mask of a listing; 0 when it is not among the unknowns.</summary>
    public int UnknownMaskOf(int doc) => _unknownMaskByDoc[doc];

    /// <summary>Per listing, whether it is among the unknowns (for walking a precomputed order).</summary>
    public bool IsUnknown(int doc) => _unknownMaskByDoc[doc] != 0;

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_results);
        ArrayPool<bool>.Shared.Return(_passed);
        ArrayPool<int>.Shared.Return(_unknownDocs);
        ArrayPool<int>.Shared.Return(_unknownMasks);
        ArrayPool<int>.Shared.Return(_unknownMaskByDoc);
        ArrayPool<int>.Shared.Return(_missDocs);
        ArrayPool<int>.Shared.Return(_missMasks);
    }
}
