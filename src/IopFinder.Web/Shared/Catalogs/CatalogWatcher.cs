using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>
/// Watches the content folder (listings and taxonomy). Changes are collected until the folder has
/// been quiet for the debounce interval, then re-read and swapped in as one new catalog.
/// </summary>
public sealed class CatalogWatcher(CatalogStore store, IOptions<CatalogOptions> options, ILogger<CatalogWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch) return;
        var changes = Channel.CreateUnbounded<string>();
        using var watcher = new FileSystemWatcher(Path.GetFullPath(options.Value.ContentPath))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Changed(object? _, FileSystemEventArgs e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += (_, e) => { changes.Writer.TryWrite(e.OldFullPath); changes.Writer.TryWrite(e.FullPath); };
        // A lost event leaves nothing to trust: the root path in a batch asks for a full reload.
        var root = Path.GetFullPath(options.Value.ContentPath);
        watcher.Error += (_, e) => { logger.LogWarning(e.GetException(), "Content watcher lost events; reloading everything"); changes.Writer.TryWrite(root); };
        watcher.EnableRaisingEvents = true;

        var debounce = TimeSpan.FromMilliseconds(options.Value.ReloadDebounceMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var batch = new HashSet<string>(StringComparer.Ordinal) { await changes.Reader.ReadAsync(stoppingToken) };
            while (true)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                quiet.CancelAfter(debounce);
                try
                {
                    batch.Add(await changes.Reader.ReadAsync(quiet.Token));
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    break;
                }
            }
            try
            {
                store.Reload(batch, everything: batch.Contains(root));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogError(e, "Reload failed; the previous catalog keeps serving");
            }
        }
    }
}
