using IopFinder.Core.Content;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>
/// Whether the content folder can be read right now: it is a folder, its taxonomy opens and its listings can be
/// listed. The file watcher says nothing when the folder itself is renamed away or replaced, so this is asked on a timer.
/// </summary>
public static class ContentFolderProbe
{
    /// <summary>Null when the folder reads; otherwise why not, in the system's words.</summary>
    public static string? Problem(string contentPath)
    {
        var folder = Path.GetFullPath(contentPath);
        try
        {
            if (!Directory.Exists(folder)) return $"'{folder}' is not a folder (it is gone or something else stands there)";
            using (File.OpenRead(Path.Combine(folder, CatalogLoader.TaxonomyFile)))
            {
            }
            var programs = Path.Combine(folder, CatalogLoader.ProgramsFolder);
            if (!Directory.Exists(programs)) return $"'{programs}' is not a folder";
            using var entries = Directory.EnumerateFileSystemEntries(programs).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }
}
