using IopFinder.Core.Content;

namespace IopFinder.Core.Import;

/// <summary>
/// Replaces a content folder's <c>programs/</c> in one step: the new folder is built beside it and
/// swapped in by renames, so a failed import never leaves half a catalog and readers never see one.
/// </summary>
internal static class ProgramsFolder
{
    /// <summary>The existing listing files, by id.</summary>
    public static Dictionary<string, string> Existing(string outDir)
    {
        var programs = Path.Combine(outDir, CatalogLoader.ProgramsFolder);
        return Directory.Exists(programs)
            ? Directory.GetFiles(programs, "*.md").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>Checks that the output can be a content folder: not a file, and its programs/ not a file.</summary>
    public static void CheckTarget(string outDir)
    {
        if (File.Exists(outDir)) throw new ImportException($"{outDir}: is a file; --out must be a content folder (a new or empty folder is fine)");
        var programs = Path.Combine(outDir, CatalogLoader.ProgramsFolder);
        if (File.Exists(programs)) throw new ImportException($"{programs}: is a file; it must be the folder of listings");
    }

    /// <summary>Writes every file into a fresh folder and swaps it in for the old <c>programs/</c>.</summary>
    public static void Replace(string outDir, IReadOnlyDictionary<string, string> files)
    {
        Directory.CreateDirectory(outDir);
        var programs = Path.Combine(outDir, CatalogLoader.ProgramsFolder);
        var stamp = Guid.NewGuid().ToString("N")[..8];
        var fresh = Path.Combine(outDir, $".programs-new-{stamp}");
        var old = Path.Combine(outDir, $".programs-old-{stamp}");
        try
        {
            Directory.CreateDirectory(fresh);
            var hadPrograms = Directory.Exists(programs);
            if (hadPrograms) CopyAllButListings(programs, fresh);
            foreach (var (id, text) in files) File.WriteAllText(Path.Combine(fresh, id + ".md"), text);
            if (hadPrograms) Directory.Move(programs, old);
            try
            {
                Directory.Move(fresh, programs);
            }
            catch
            {
                if (hadPrograms) Directory.Move(old, programs);
                throw;
            }
            if (hadPrograms) Directory.Delete(old, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
            throw new ImportException($"{programs}: cannot write the listings, nothing was changed: {e.Message}");
        }
    }

    // Whatever else staff keep in programs/ (sub-folders, notes) comes along unchanged.
    private static void CopyAllButListings(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (Path.GetDirectoryName(relative) is "" && file.EndsWith(".md", StringComparison.Ordinal)) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
