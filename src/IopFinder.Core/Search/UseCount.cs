namespace IopFinder.Core.Search;

/// <summary>
/// Who is using one catalog version: its owner until it retires the version, and each search under way.
/// The last to let go closes it, so a search that started on a version finishes on it even after a newer
/// one is swapped in, and a retired version's Lucene reader goes as soon as nobody reads it.
/// </summary>
internal sealed class UseCount(Action close)
{
    // The owner's use, given back when the version is retired.
    private int _count = 1;

    /// <summary>Takes a use, or false when the version is closed (retired and let go by everyone).</summary>
    public bool TryAcquire()
    {
        while (true)
        {
            var count = Volatile.Read(ref _count);
            if (count <= 0) return false;
            if (Interlocked.CompareExchange(ref _count, count + 1, count) == count) return true;
        }
    }

    /// <summary>Gives a use back; the last one closes the version.</summary>
    public void Release()
    {
        var count = Interlocked.Decrement(ref _count);
        if (count == 0) close();
        else if (count < 0) throw new InvalidOperationException("A catalog version was released more often than it was acquired.");
    }
}
