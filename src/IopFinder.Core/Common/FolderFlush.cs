using System.Runtime.InteropServices;

namespace IopFinder.Core.Common;

/// <summary>
/// Puts a folder's entries on disk (fsync of the folder), so a file renamed into it is still there after a power
/// cut: flushing the file itself keeps its bytes, not the name that points to them. .NET has no call for this (it
/// refuses to open a folder as a file: <c>File.OpenHandle</c> on a folder throws <see cref="UnauthorizedAccessException"/>),
/// so it calls the C library's <c>open</c>, <c>fsync</c> and <c>close</c> on Linux and macOS. Windows has no such call
/// (NTFS journals names itself); there it does nothing.
/// </summary>
public static class FolderFlush
{
    private delegate int OpenCall([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    private delegate int FileCall(int descriptor);

    private static readonly Lazy<Calls?> Library = new(Load);

    /// <summary>
    /// Flushes <paramref name="folder"/>; true when it is on disk, false when it could not be (no such folder, no C
    /// library, Windows). Callers carry on either way: the rename has happened, only its survival of a power cut is unsure.
    /// </summary>
    public static bool Flush(string folder)
    {
        if (Library.Value is not { } calls) return false;
        // O_RDONLY (0): a folder can be opened for reading only, and that is enough to fsync it.
        var descriptor = calls.Open(folder, 0);
        if (descriptor < 0) return false;
        try
        {
            return calls.Fsync(descriptor) == 0;
        }
        finally
        {
            calls.Close(descriptor);
        }
    }

    private static Calls? Load()
    {
        if (OperatingSystem.IsWindows()) return null;
        // glibc's real name first: "libc.so" is a linker script (and only there with the C headers); then macOS's.
        foreach (var name in new[] { "libc.so.6", "libc" })
        {
            if (!NativeLibrary.TryLoad(name, out var library)) continue;
            if (NativeLibrary.TryGetExport(library, "open", out var open) && NativeLibrary.TryGetExport(library, "fsync", out var fsync)
                && NativeLibrary.TryGetExport(library, "close", out var close))
            {
                return new Calls(Marshal.GetDelegateForFunctionPointer<OpenCall>(open), Marshal.GetDelegateForFunctionPointer<FileCall>(fsync),
                    Marshal.GetDelegateForFunctionPointer<FileCall>(close));
            }
        }
        return null;
    }

    private sealed record Calls(OpenCall Open, FileCall Fsync, FileCall Close);
}
