namespace IopFinder.Core.Content;

/// <summary>
/// A file's size and last write time: when both are unchanged the file is taken as unchanged (as git's
/// index does), so a start-up need not read every file to know it has parsed it before.
/// </summary>
internal readonly record struct FileStamp(long Length, long WriteTicks)
{
    /// <summary>The file's stamp, or null when it cannot be read.</summary>
    public static FileStamp? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The write time as a UTC date.</summary>
    public DateTimeOffset WriteTime => new(WriteTicks, TimeSpan.Zero);
}
