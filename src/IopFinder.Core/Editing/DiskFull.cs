namespace IopFinder.Core.Editing;

/// <summary>
/// Tells a full disk from other write failures: staff can do nothing about it but wait, while the people who
/// run the site must free space, so the page says which it is.
/// </summary>
public static class DiskFull
{
    // ENOSPC (Linux and macOS: .NET keeps errno as the HResult), ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private static readonly int[] Codes = [28, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    /// <summary>True when <paramref name="failure"/> (or what caused it) is a write that found no space left.</summary>
    public static bool Is(Exception? failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is IOException && Codes.Contains(e.HResult)) return true;
        }
        return false;
    }

    /// <summary>git's words for a full disk, in the message of a command that failed.</summary>
    public static bool InGitMessage(string? detail) => detail is not null && detail.Contains("No space left on device", StringComparison.OrdinalIgnoreCase);
}
