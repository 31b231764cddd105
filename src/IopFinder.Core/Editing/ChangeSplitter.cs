namespace IopFinder.Core.Editing;

/// <summary>
/// Splits an edit into live changes and changes for review (<see cref="ReviewedFields"/>). The live
/// part is the opened file with only the live changes applied, read through the validator again:
/// when the live part alone is not a valid listing (a program made in-person whose new location waits
/// for review), the whole edit waits for review instead.
/// </summary>
public sealed class ChangeSplitter(ListingTextReader reader)
{
    /// <summary>Splits the change from <paramref name="opened"/> to <paramref name="edited"/>, both canonical files of listing <paramref name="id"/>.</summary>
    public EditSplit Split(string id, string opened, string edited)
    {
        var changes = ChangeSet.Between(opened, edited);
        var live = changes.Where(c => !c.NeedsReview).ToList();
        var pending = changes.Where(c => c.NeedsReview).ToList();
        var (liveListing, _) = reader.Read(id, FieldChunks.Apply(opened, live));
        if (liveListing is not null) return new EditSplit(liveListing, live, pending);
        return new EditSplit(reader.Read(id, opened).Listing, [], changes);
    }

    /// <summary>
    /// Approved changes on the file as it is now: the listing with them applied, or the validator's
    /// problems when the file has moved on so that they no longer fit.
    /// </summary>
    public (Listings.Listing? Listing, IReadOnlyList<Common.Diagnostic> Problems) Apply(string id, string current, IEnumerable<FieldChange> changes) =>
        reader.Read(id, FieldChunks.Apply(current, changes));
}
