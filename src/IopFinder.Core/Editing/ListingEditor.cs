using IopFinder.Core.Content;

namespace IopFinder.Core.Editing;

/// <summary>
/// The editor's save, end to end: the posted form is read as a listing (the validator's problems at
/// their inputs), checked against the file as it is now, split into live changes, which are saved
/// and committed at once, and changes for review, which come back to be queued.
/// </summary>
public sealed class ListingEditor(ListingFormReader forms, ChangeSplitter splitter, ListingSaver saver, ListingTextReader reader)
{
    /// <summary>Saves the form posted for listing <paramref name="id"/>, opened at <paramref name="openedVersion"/>.</summary>
    public async Task<SaveResult> SubmitAsync(
        string id, string openedVersion, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> form, CancellationToken cancellation = default)
    {
        var opened = saver.Open(id);
        if (!opened.Exists) return new SaveFailed(SaveFailure.NotFound, $"no listing file for '{FormText.Shorten(id)}'");
        var read = forms.Read(id, form, opened.Text);
        if (!read.IsValid) return new SaveInvalid(read.Problems);

        var current = opened.Listing is { } listing ? ListingWriter.Write(listing) : reader.Canonical(id, opened.Text!);
        if (opened.Version != openedVersion)
        {
            return new SaveConflict(opened.Version, opened.Text, read.Text!, ChangeSet.Between(current, read.Text!));
        }
        var split = splitter.Split(id, current, read.Text!);
        if (split.Live is null || split.LiveChanges.Count == 0)
        {
            return new Saved(opened.Version, [], new GitOutcome(GitStatus.NothingToCommit)) { Pending = split.Pending };
        }
        var saved = await saver.SaveAsync(id, openedVersion, split.Live, cancellation).ConfigureAwait(false);
        return saved is Saved done ? done with { Pending = split.Pending } : saved;
    }
}
