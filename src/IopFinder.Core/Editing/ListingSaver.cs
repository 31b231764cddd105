using System.Text;
using System.Text.RegularExpressions;
using IopFinder.Core.Content;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Editing;

/// <summary>
/// Opens and saves listing files in a content folder: the canonical text (<see cref="ListingWriter"/>),
/// written atomically, only when the file is still the version the form was opened from, then
/// committed when the folder is in a git repository. Saves of one file run one at a time, so of two
/// saves from the same version one is written and the other is a conflict.
/// </summary>
/// <param name="contentFolder">The content folder (with <c>programs/</c> inside).</param>
/// <param name="reader">Reads files through the content validator.</param>
/// <param name="git">Commits saved files.</param>
public sealed partial class ListingSaver(string contentFolder, ListingTextReader reader, GitCommitter git)
{
    // Shared by every saver in the process: two savers over one folder must still take turns per file.
    private static readonly KeyedLock Files = new();

    /// <summary>The listing file as it is now, with the version the form should carry.</summary>
    public OpenedListing Open(string id)
    {
        if (!IsListingId(id)) return new OpenedListing(id, ListingVersion.None, null, null, []);
        var (version, text) = ReadFile(PathOf(id));
        if (text is null) return new OpenedListing(id, version, null, null, []);
        var (listing, problems) = reader.Read(id, text);
        return new OpenedListing(id, version, text, listing, problems);
    }

    /// <summary>Writes <paramref name="listing"/> as file <paramref name="id"/> if the file is still at <paramref name="openedVersion"/>.</summary>
    /// <param name="id">The listing's id; the file is <c>programs/{id}.md</c> (or where the file already is).</param>
    /// <param name="openedVersion">The version the form was opened from; <see cref="ListingVersion.None"/> for a file that must not exist yet.</param>
    /// <param name="listing">The listing to write.</param>
    /// <param name="cancellation">Stops waiting for another save of the same file; a started write and commit finish.</param>
    public async Task<SaveResult> SaveAsync(string id, string openedVersion, Listing listing, CancellationToken cancellation = default)
    {
        if (!IsListingId(id)) return new SaveFailed(SaveFailure.NotAListingId, $"'{FormText.Shorten(id)}' is not a listing id");
        var path = PathOf(id);
        using var held = await Files.AcquireAsync(path, cancellation).ConfigureAwait(false);
        string version;
        string? disk;
        try
        {
            (version, disk) = ReadFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SaveFailed(SaveFailure.FileError, e.Message);
        }
        var mine = ListingWriter.Write(listing with { Id = id });
        var (valid, problems) = reader.Read(id, mine);
        if (valid is null) return new SaveInvalid([.. problems.Select(p => FormProblem.Of(p))]);

        var changes = Changes(id, disk, mine);
        if (version != openedVersion) return new SaveConflict(version, disk, mine, changes);
        if (disk == mine) return new Saved(version, [], new GitOutcome(GitStatus.NothingToCommit));
        try
        {
            AtomicFile.Write(path, mine);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SaveFailed(DiskFull.Is(e) ? SaveFailure.DiskFull : SaveFailure.FileError, e.Message);
        }
        // The file is written: the commit runs to the end even if the request that asked for it is gone.
        var committed = await git.CommitAsync(path, CommitMessage(id, changes), CancellationToken.None).ConfigureAwait(false);
        return new Saved(ListingVersion.Of(mine), changes, committed);
    }

    /// <summary>
    /// Listing <paramref name="id"/> as it is on disk now against <paramref name="myText"/>, a version this portal saved
    /// that could not stay (the remote changed the same file): both to show, nothing written.
    /// </summary>
    public SaveConflict ConflictWith(string id, string? myText)
    {
        var (version, disk) = ReadFile(PathOf(id));
        var mine = myText ?? "";
        return new SaveConflict(version, disk, mine, Changes(id, disk, mine));
    }

    private IReadOnlyList<FieldChange> Changes(string id, string? disk, string mine) =>
        ChangeSet.Between(disk is null ? null : reader.Canonical(id, disk), mine);

    /// <summary>"harbor-view-iop: contact.phone, schedule"; a file only rewritten canonically says so.</summary>
    public static string CommitMessage(string id, IReadOnlyList<FieldChange> changes) =>
        $"{id}: {(changes.Count == 0 ? "rewritten in canonical form" : string.Join(", ", ChangeNames.Of(changes)))}";

    /// <summary>The listing's file: where it already is under <c>programs/</c>, else <c>programs/{id}.md</c>.</summary>
    private string PathOf(string id)
    {
        var programs = Path.Combine(contentFolder, CatalogLoader.ProgramsFolder);
        var direct = Path.Combine(programs, id + ".md");
        if (File.Exists(direct) || !Directory.Exists(programs)) return direct;
        return Directory.EnumerateFiles(programs, id + ".md", SearchOption.AllDirectories).FirstOrDefault() ?? direct;
    }

    private static (string Version, string? Text) ReadFile(string path)
    {
        if (!File.Exists(path)) return (ListingVersion.None, null);
        var bytes = File.ReadAllBytes(path);
        using var text = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return (ListingVersion.Of(bytes), text.ReadToEnd());
    }

    /// <summary>The rule the validator applies to file names; checked here first because the id becomes a path.</summary>
    private static bool IsListingId(string id) => id.Length <= 200 && IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\z")]
    private static partial Regex IdPattern();
}
