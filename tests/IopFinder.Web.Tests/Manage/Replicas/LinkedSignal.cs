using IopFinder.Web.Shared.Catalogs;

namespace IopFinder.Web.Tests.Manage.Replicas;

/// <summary>The replicas' shared signal, as PostgreSQL's NOTIFY would carry it: every replica receives each commit published.</summary>
public sealed class LinkedSignal : IContentSignal
{
    public event Action<string>? Received;

    public Task PublishAsync(string commit, CancellationToken cancellationToken)
    {
        Received?.Invoke(commit);
        return Task.CompletedTask;
    }
}
