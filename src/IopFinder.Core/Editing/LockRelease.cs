namespace IopFinder.Core.Editing;

/// <summary>Releases a held <see cref="KeyedLock"/> once, however often it is disposed.</summary>
internal sealed class LockRelease(SemaphoreSlim semaphore) : IDisposable
{
    private int _released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
    }
}
