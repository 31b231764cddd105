using IopFinder.Core.Content;
using IopFinder.Core.Editing;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Shared.Catalogs;

namespace IopFinder.Web.Manage.Review;

/// <summary>
/// Writes what a maintainer approved through the editor's save pipeline (validator, atomic write, git commit
/// as the portal, pulled from and pushed to the content remote when there is one), in the content folder of the catalog the request reads; the live reload then serves it.
/// </summary>
public sealed class ReviewedListingWriter
{
    private readonly ListingTextReader _reader;
    private readonly ListingSaver _saver;
    private readonly ChangeSplitter _splitter;
    private readonly ContentSync _sync;

    public ReviewedListingWriter(CatalogSnapshot snapshot, ZipTable zips, GitCommitter git, ContentSync sync)
    {
        _sync = sync;
        var catalog = snapshot.Index.Catalog;
        _reader = new ListingTextReader(new ListingValidator(catalog.Taxonomy, zips, catalog.Fields));
        _saver = new ListingSaver(catalog.ContentPath, _reader, git);
        _splitter = new ChangeSplitter(_reader);
    }

    /// <summary>
    /// Applies approved field changes to the file as it is now. They fit only when each field still reads as it
    /// did when submitted and the result is a valid listing; otherwise nothing is written.
    /// </summary>
    public async Task<ReviewDecision> ApplyAsync(string id, IReadOnlyList<FieldChange> changes, CancellationToken cancellation) =>
        Decision(await _sync.SaveAsync(id, _saver, () => ApplyNowAsync(id, changes, cancellation), cancellation));

    private async Task<SaveResult> ApplyNowAsync(string id, IReadOnlyList<FieldChange> changes, CancellationToken cancellation)
    {
        var opened = _saver.Open(id);
        if (!opened.Exists || changes.Count == 0) return NoLongerFits;
        var current = _reader.Canonical(id, opened.Text!);
        // The file with each field put back to its submitted "before": unchanged when nobody touched those fields since.
        var asSubmitted = FieldChunks.Apply(current, changes.Select(c => c with { After = c.Before }));
        if (ChangeSet.Between(_reader.Canonical(id, asSubmitted), current).Count > 0) return NoLongerFits;
        var (listing, _) = _splitter.Apply(id, current, changes);
        if (listing is null) return NoLongerFits;
        return await _saver.SaveAsync(id, opened.Version, listing, cancellation);
    }

    /// <summary>Writes a new listing file, never over an existing one.</summary>
    public async Task<ReviewDecision> CreateAsync(string id, string text, CancellationToken cancellation)
    {
        var saved = await _sync.SaveAsync(id, _saver, async () =>
        {
            if (_saver.Open(id).Exists) return _saver.ConflictWith(id, text);
            var (listing, _) = _reader.Read(id, text);
            return listing is null ? NoLongerFits : await _saver.SaveAsync(id, ListingVersion.None, listing, cancellation);
        }, cancellation);
        return saved is SaveConflict ? ReviewDecision.ListingExists : Decision(saved);
    }

    /// <summary>
    /// The listing text a maintainer edits before approving: a new program's file, or a change applied to the listing
    /// file as it is now; null for other items or a change whose listing file is gone.
    /// </summary>
    public string? ProposalText(ReviewItem item)
    {
        if (item.ListingId is not { } id || item.Payload is not { } payload) return null;
        if (item.Kind == ReviewKind.NewProgram) return payload;
        if (item.Kind != ReviewKind.Change || _saver.Open(id) is not { Exists: true } opened) return null;
        return FieldChunks.Apply(_reader.Canonical(id, opened.Text!), ChangePayload.Read(payload));
    }

    /// <summary>
    /// What approving the maintainer's edited listing text queues in the item's place: the new file for a new program, or
    /// for a change its fields that differ from the listing file as it is now; null when the listing file is gone.
    /// </summary>
    public string? EditedPayload(ReviewItem item, string editedText)
    {
        if (item.Kind == ReviewKind.NewProgram) return editedText;
        if (item.ListingId is not { } id || _saver.Open(id) is not { Exists: true } opened) return null;
        return ChangePayload.Write(ChangeSet.Between(_reader.Canonical(id, opened.Text!), editedText));
    }

    /// <summary>A proposed listing file read as the catalog would read it; null when it is not a valid listing.</summary>
    public Listing? Proposed(string? id, string? text) => id is null || text is null ? null : _reader.Read(id, text).Listing;

    /// <summary>The approved changes do not fit the file as it is now: nothing written.</summary>
    private static readonly SaveInvalid NoLongerFits = new([]);

    private static ReviewDecision Decision(SaveResult saved) => saved switch
    {
        Saved => ReviewDecision.Decided,
        SaveConflict or SaveInvalid => ReviewDecision.NoLongerFits,
        SaveFailed { Reason: SaveFailure.DiskFull } => ReviewDecision.DiskFull,
        _ => ReviewDecision.WriteFailed,
    };
}
