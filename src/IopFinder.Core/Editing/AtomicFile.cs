using System.Text;

namespace IopFinder.Core.Editing;

/// <summary>
/// Replaces a file all at once: the text goes to a temporary file in the same folder, is flushed to
/// disk, then renamed over the file, so a reader (the live reload) sees the old file or the new one,
/// never half of one. The temporary name does not end in <c>.md</c>, so the catalog never lists it.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            // After a failed write the temporary file goes; a failure to remove it must not hide the first one.
            try { File.Delete(temp); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }
}
