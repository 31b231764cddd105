namespace IopFinder.Web.Shared.Catalogs;

/// <summary>
/// Tells the other replicas that the content remote has a new commit, so they pull at once instead of at
/// their next periodic pull. Best effort: a signal that does not arrive only means the periodic pull brings
/// the change. Every replica receives each signal, the one that published it too.
/// </summary>
public interface IContentSignal
{
    /// <summary>Announces <paramref name="commit"/> to every replica; failures are logged, not thrown.</summary>
    Task PublishAsync(string commit, CancellationToken cancellationToken);

    /// <summary>Raised with the commit another replica (or this one) published.</summary>
    event Action<string>? Received;
}
