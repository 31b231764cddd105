using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using IopFinder.Core.Common;

namespace IopFinder.Core.Content;

/// <summary>
/// Listing files as parsed before, kept on disk between starts: an unchanged file (same size and write
/// time, or the same content hash) is never parsed twice. One snapshot per content folder, taxonomy,
/// ZIP table and build of this code, so a change to any of them starts afresh. A snapshot that cannot
/// be read is ignored; it is only ever a shortcut.
/// </summary>
internal sealed class ListingSnapshot
{
    private readonly string? _path;
    private readonly ConcurrentDictionary<string, SnapshotEntry> _entries;
    private readonly ConcurrentDictionary<string, byte> _touched = new(StringComparer.Ordinal);
    private static readonly object SaveLock = new();
    private Task _lastWrite = Task.CompletedTask;

    private ListingSnapshot(string? path, Dictionary<string, SnapshotEntry> entries)
    {
        _path = path;
        _entries = new ConcurrentDictionary<string, SnapshotEntry>(entries, StringComparer.Ordinal);
    }

    private int _parsed;

    /// <summary>How many files were parsed rather than taken from the snapshot since the last call.</summary>
    public int TakeParsed() => Interlocked.Exchange(ref _parsed, 0);

    /// <summary>Opens the snapshot for this content folder and everything its listings depend on.</summary>
    public static ListingSnapshot Open(string? directory, string contentDir, string displayRoot, byte[] taxonomy, string zipVersion)
    {
        if (string.IsNullOrEmpty(directory)) return new ListingSnapshot(null, []);
        var folder = Hash(Path.GetFullPath(contentDir) + '\u001f' + displayRoot);
        var dependencies = Hash(string.Join('\u001f', Convert.ToHexString(SHA256.HashData(taxonomy)), zipVersion,
            typeof(ListingSnapshot).Assembly.ManifestModule.ModuleVersionId));
        var path = Path.Combine(directory, $"listings-{folder}-{dependencies}.bin");
        // A start after a kill: the killed writer's temporary file goes now, even if nothing is written this time.
        try
        {
            if (Directory.Exists(directory)) RemoveStale(path, temporariesOnly: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only tidying: a folder that cannot be listed now is tidied by a later start.
        }
        return new ListingSnapshot(path, Read(path));
    }

    /// <summary>The file as parsed before when its stamp is unchanged.</summary>
    public bool TryGet(string relative, FileStamp stamp, out ListingFile file)
    {
        file = null!;
        if (!_entries.TryGetValue(relative, out var entry) || entry.Length != stamp.Length || entry.WriteTicks != stamp.WriteTicks) return false;
        file = entry.File;
        _touched[relative] = 0;
        return true;
    }

    /// <summary>The file as parsed before when its content is the same (a fresh checkout, a touched file).</summary>
    public bool TryGet(string relative, FileStamp stamp, string hash, out ListingFile file)
    {
        file = null!;
        if (!_entries.TryGetValue(relative, out var entry) || entry.Hash != hash) return false;
        file = entry.File with { Modified = stamp.WriteTime };
        Remember(relative, stamp, hash, file, parsed: false);
        return true;
    }

    /// <summary>Keeps a file's result for next time.</summary>
    public void Remember(string relative, FileStamp stamp, string hash, ListingFile file, bool parsed = true)
    {
        if (parsed) Interlocked.Increment(ref _parsed);
        _entries[relative] = new SnapshotEntry(relative, stamp.Length, stamp.WriteTicks, hash, file);
        _touched[relative] = 1;
    }

    /// <summary>
    /// Writes the snapshot (in the background) when a file was parsed or has gone, or the last write
    /// failed; files not in <paramref name="live"/> are dropped. The task fails with the reason when the
    /// snapshot cannot be written (the next start then parses every file again); with nothing to write,
    /// it is the last write's.
    /// </summary>
    public Task Save(IReadOnlyCollection<string> live)
    {
        if (_path is null) return Task.CompletedTask;
        var gone = _entries.Keys.Where(k => !live.Contains(k)).ToList();
        foreach (var key in gone) _entries.TryRemove(key, out _);
        if (gone.Count == 0 && !_touched.Values.Any(v => v == 1) && !_lastWrite.IsFaulted) return _lastWrite;
        var entries = _entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        _touched.Clear();
        var path = _path;
        return _lastWrite = Task.Run(() => Write(path, entries));
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12].ToLowerInvariant();

    private static void Write(string path, List<SnapshotEntry> entries)
    {
        // One writer at a time; the last snapshot written is the newest, as saves start in order.
        lock (SaveLock)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = TemporaryFiles.Beside(path, hidden: false);
            try
            {
                using (var stream = File.Create(temporary))
                {
                    var body = new MemoryStream();
                    SnapshotWriter.Write(body, entries);
                    body.WriteTo(stream);
                    // A checksum at the end: a file cut short or damaged on disk is detected and the files are parsed again.
                    stream.Write(SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length)));
                    // On disk before the rename, so a crash leaves the old snapshot or the whole new one.
                    stream.Flush(flushToDisk: true);
                }
                File.Move(temporary, path, overwrite: true);
                FolderFlush.Flush(Path.GetDirectoryName(Path.GetFullPath(path))!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A half-written file (a full disk) is no use to anyone; the failure itself goes to the caller.
                File.Delete(temporary);
                throw;
            }
            RemoveStale(path);
        }
    }

    /// <summary>
    /// Temporary files of writers that have gone; unless <paramref name="temporariesOnly"/>, also older snapshots of the
    /// same folder (another taxonomy, another build) and any untouched for a month.
    /// </summary>
    private static void RemoveStale(string path, bool temporariesOnly = false)
    {
        var name = Path.GetFileName(path);
        var folder = name[..name.LastIndexOf('-')];
        foreach (var other in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, "listings-*.bin*"))
        {
            var otherName = Path.GetFileName(other);
            if (otherName == name) continue;
            // A temporary file is stale when the process writing it has gone (killed mid-write); never another live writer's.
            var temporary = otherName.EndsWith(TemporaryFiles.Ending, StringComparison.Ordinal);
            if (temporary ? TemporaryFiles.WriterRunning(otherName) : temporariesOnly) continue;
            if (temporary || otherName.StartsWith(folder + "-", StringComparison.Ordinal) || File.GetLastWriteTimeUtc(other) < DateTime.UtcNow.AddDays(-30))
            {
                try
                {
                    File.Delete(other);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another process may be reading it; it goes next time.
                }
            }
        }
    }

    private static Dictionary<string, SnapshotEntry> Read(string path)
    {
        try
        {
            if (!File.Exists(path)) return [];
            // Read whole: parsing from memory is several times faster than through a file stream.
            var bytes = File.ReadAllBytes(path);
            var length = bytes.Length - SHA256.HashSizeInBytes;
            if (length < 0 || !SHA256.HashData(bytes.AsSpan(0, length)).AsSpan().SequenceEqual(bytes.AsSpan(length))) return [];
            using var stream = new MemoryStream(bytes, 0, length, writable: false);
            var entries = new Dictionary<string, SnapshotEntry>(StringComparer.Ordinal);
            foreach (var entry in SnapshotReader.Read(stream)) entries[entry.Path] = entry;
            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException or ArgumentException)
        {
            return [];
        }
    }
}
