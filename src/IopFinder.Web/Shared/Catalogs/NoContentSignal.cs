namespace IopFinder.Web.Shared.Catalogs;

/// <summary>The signal of a single site (staff database on SQLite, one process): there is no one else to tell.</summary>
public sealed class NoContentSignal : IContentSignal
{
    public Task PublishAsync(string commit, CancellationToken cancellationToken) => Task.CompletedTask;

    public event Action<string>? Received { add { } remove { } }
}
