namespace IopFinder.Core.Content;

/// <summary>One file as parsed: its stamp, content hash and result.</summary>
internal sealed record SnapshotEntry(string Path, long Length, long WriteTicks, string Hash, ListingFile File);
