using System.Text;
using IopFinder.Core.Common;

namespace IopFinder.Core.Editing;

/// <summary>
/// Replaces a file all at once: the text goes to a hidden temporary file in the same folder, is flushed to disk, then
/// renamed over the file and the folder flushed, so a reader (the live reload) sees the old file or the new one, never
/// half of one, and a power cut keeps the rename. The temporary name does not end in <c>.md</c>, so the catalog never
/// lists it; one left by a writer killed mid-write goes before the next write of the same file.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> as <paramref name="path"/>; callers let only one writer of this process write a path at a time.</summary>
    public static void Write(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        TemporaryFiles.RemoveLeftOver(path);
        var temp = TemporaryFiles.Beside(path, hidden: true);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
            FolderFlush.Flush(folder);
        }
        finally
        {
            // After a failed write the temporary file goes; a failure to remove it must not hide the first one.
            try { File.Delete(temp); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }
}
