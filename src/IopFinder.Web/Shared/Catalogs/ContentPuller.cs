using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>
/// Syncs the content clone with its remote at start, every <c>Git:PullSeconds</c>, and at once when another
/// replica signals a new commit (<see cref="IContentSignal"/>); each sync also pushes edits that wait here.
/// </summary>
public sealed class ContentPuller(ContentSync sync, IContentSignal signal, IOptions<ContentRemoteOptions> options, ILogger<ContentPuller> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!sync.Enabled) return;
        // Signals arriving during a sync ask for one more, not one each.
        var wake = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        void Received(string commit) => wake.Writer.TryWrite(commit);
        signal.Received += Received;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await sync.SyncAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Syncing the content with its remote failed; the next sync tries again");
                }
                using var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                tick.CancelAfter(TimeSpan.FromSeconds(options.Value.PullSeconds));
                try
                {
                    await wake.Reader.ReadAsync(tick.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The period is up: sync.
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            signal.Received -= Received;
        }
    }
}
