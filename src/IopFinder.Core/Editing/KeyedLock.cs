using System.Collections.Concurrent;

namespace IopFinder.Core.Editing;

/// <summary>One asynchronous lock per key (a file, a repository), so work on one key runs one at a time and other keys are not held up.</summary>
internal sealed class KeyedLock
{
    // Semaphores are kept for the life of the process: one per listing file edited, which stays small.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>Waits for the key's lock; disposing the result releases it.</summary>
    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellation)
    {
        var semaphore = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await semaphore.WaitAsync(cancellation).ConfigureAwait(false);
        return new LockRelease(semaphore);
    }
}
