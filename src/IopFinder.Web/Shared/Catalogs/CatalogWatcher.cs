using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>
/// Watches the content folder (listings and taxonomy). Changes are collected until the folder has
/// been quiet for the debounce interval, then re-read and swapped in as one new catalog. Every few
/// seconds it also checks that the folder can still be read: a folder renamed away, replaced or refused
/// raises no file event, and must neither empty the catalog nor go unnoticed.
/// </summary>
public sealed class CatalogWatcher(CatalogStore store, IOptions<CatalogOptions> options, ILogger<CatalogWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch) return;
        var changes = Channel.CreateUnbounded<string>();
        var root = Path.GetFullPath(options.Value.ContentPath);
        var watcher = Watch(root, changes.Writer);
        try
        {
            var debounce = TimeSpan.FromMilliseconds(options.Value.ReloadDebounceMilliseconds);
            var probe = TimeSpan.FromSeconds(options.Value.ProbeSeconds);
            while (!stoppingToken.IsCancellationRequested)
            {
                var batch = new HashSet<string>(StringComparer.Ordinal);
                if (await Next(changes.Reader, probe, stoppingToken) is { } first) batch.Add(first);
                while (batch.Count > 0 && await Next(changes.Reader, debounce, stoppingToken) is { } more) batch.Add(more);
                if (ContentFolderProbe.Problem(root) is { } problem)
                {
                    // Nothing can be read: the last good catalog keeps serving; reading now would serve an empty one.
                    store.MarkUnreadable(problem);
                    continue;
                }
                try
                {
                    if (store.Unreadable is not null)
                    {
                        // Back, perhaps as another folder: the old watch may follow the old one, so watch afresh.
                        watcher.Dispose();
                        watcher = Watch(root, changes.Writer);
                        store.MarkReadable();
                    }
                    else if (batch.Count > 0)
                    {
                        store.Reload(batch, everything: batch.Contains(root));
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    logger.LogError(e, "Reload failed; the previous catalog keeps serving");
                }
            }
        }
        finally
        {
            watcher.Dispose();
        }
    }

    /// <summary>The next change, or null when none came within <paramref name="wait"/>.</summary>
    private static async Task<string?> Next(ChannelReader<string> changes, TimeSpan wait, CancellationToken stoppingToken)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        quiet.CancelAfter(wait);
        try
        {
            return await changes.ReadAsync(quiet.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private FileSystemWatcher Watch(string root, ChannelWriter<string> changes)
    {
        var watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Changed(object? _, FileSystemEventArgs e) => changes.TryWrite(e.FullPath);
        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += (_, e) => { changes.TryWrite(e.OldFullPath); changes.TryWrite(e.FullPath); };
        // A lost event leaves nothing to trust: the root path in a batch asks for a full reload.
        watcher.Error += (_, e) => { logger.LogWarning(e.GetException(), "Content watcher lost events; reloading everything"); changes.TryWrite(root); };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
