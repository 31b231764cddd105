using System.Diagnostics;

namespace IopFinder.Web.Tests.Faults;

/// <summary>
/// A real small disk: a tmpfs mounted on a new folder under /tmp (the tests run as root), filled on demand until
/// writes fail with "No space left on device", unmounted and removed at the end.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private readonly string _filler;

    public SmallDisk(int kilobytes = 4096)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "iopfinder-disk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", Path);
        _filler = System.IO.Path.Combine(Path, ".filler");
    }

    /// <summary>The mounted folder.</summary>
    public string Path { get; }

    /// <summary>Writes until the disk refuses: afterwards no write of a single byte succeeds.</summary>
    public void Fill()
    {
        using var stream = new FileStream(_filler, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        var block = new byte[64 * 1024];
        var size = block.Length;
        while (size > 0)
        {
            try
            {
                stream.Write(block, 0, size);
            }
            catch (IOException)
            {
                // Less than this is left: try smaller pieces down to one byte.
                size /= 2;
            }
        }
    }

    /// <summary>Gives the space back.</summary>
    public void Free() => File.Delete(_filler);

    public void Dispose()
    {
        // Lazily, so a process still holding a file there cannot keep the mount alive.
        Run("umount", "-l", Path);
        Directory.Delete(Path, recursive: true);
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {error}");
    }
}
