using System.Diagnostics;
using System.Globalization;

namespace IopFinder.Core.Common;

/// <summary>
/// Temporary files written beside a file before a rename replaces it: named after the file and the writing process
/// (<c>{name}.{pid}.{guid}.tmp</c>, with a leading dot when hidden), so one left by a writer killed mid-write can be
/// told from a running writer's and removed.
/// </summary>
public static class TemporaryFiles
{
    /// <summary>How every temporary file's name ends.</summary>
    public const string Ending = ".tmp";

    /// <summary>A new temporary file's path beside <paramref name="path"/>, in the same folder so the rename stays on one disk.</summary>
    public static string Beside(string path, bool hidden)
    {
        var full = Path.GetFullPath(path);
        var name = $"{(hidden ? "." : "")}{Path.GetFileName(full)}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.{Guid.NewGuid():N}{Ending}";
        return Path.Combine(Path.GetDirectoryName(full)!, name);
    }

    /// <summary>The id of the process that wrote a temporary file, from its name; null when the name carries none.</summary>
    public static int? WriterOf(string temporaryName)
    {
        var parts = Path.GetFileName(temporaryName).Split('.');
        return parts.Length >= 4 && parts[^1] == "tmp" && int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    /// <summary>Whether the process named in a temporary file's name still runs (this process included).</summary>
    public static bool WriterRunning(string temporaryName)
    {
        if (WriterOf(temporaryName) is not { } pid) return false;
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// Removes the hidden temporary files of <paramref name="path"/> that no running writer will rename: those of
    /// processes that have gone, this process's own and unnamed ones, so call it only while no writer here is writing that file.
    /// Other files, and other processes' temporaries while they run, stay. Returns how many went.
    /// </summary>
    public static int RemoveLeftOver(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) return 0;
        var removed = 0;
        foreach (var other in Directory.EnumerateFiles(folder, $".{Path.GetFileName(full)}.*{Ending}"))
        {
            // A name without a writer is an older build's, written the same way: left over too.
            if (WriterOf(other) is { } pid && pid != Environment.ProcessId && WriterRunning(other)) continue;
            try
            {
                File.Delete(other);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Only tidying: it goes before a later save.
            }
        }
        return removed;
    }
}
