namespace IopFinder.Web.Shared.Catalogs;

/// <summary>
/// A request's use of the catalog: taken when the request first needs the catalog, given back when the
/// request ends (the container disposes it), so the version it started with stays searchable to the end.
/// </summary>
public sealed class CatalogLease(CatalogStore store) : IDisposable
{
    private int _released;

    public CatalogSnapshot Snapshot { get; } = store.Acquire();

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) store.Release(Snapshot);
    }
}
