namespace IopFinder.Core.Editing;

/// <summary>
/// A commit made here that changed a file the remote changed too: the remote's version stays in the clone,
/// and this one is handed back (and kept under <see cref="KeptAs"/>, so it is never lost).
/// </summary>
/// <param name="Path">The file's full path in the clone.</param>
/// <param name="LocalText">The file as the commit made here had it; null when that commit deleted it.</param>
/// <param name="Commit">The commit made here.</param>
/// <param name="KeptAs">The git reference that keeps the commit (<c>refs/iopfinder/conflicts/…</c>).</param>
public sealed record RemoteConflict(string Path, string? LocalText, string Commit, string KeptAs);
