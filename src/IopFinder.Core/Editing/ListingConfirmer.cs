using IopFinder.Core.Listings;

namespace IopFinder.Core.Editing;

/// <summary>
/// "Everything on this listing is still right" (SPEC section 7): sets <c>confirmed: {date, by: program}</c>
/// and nothing else, through the same version-checked save as the editor. Openings (<c>openings_updated</c>)
/// are left alone: the SPEC says "without any other change", and openings date their own answer.
/// </summary>
public sealed class ListingConfirmer(ListingSaver saver)
{
    /// <summary>Confirms listing <paramref name="id"/> on <paramref name="today"/>; a missing or broken file is not confirmed.</summary>
    public Task<SaveResult> ConfirmAsync(string id, DateOnly today, CancellationToken cancellation = default)
    {
        var opened = saver.Open(id);
        if (opened.Listing is null)
        {
            SaveResult failed = opened.Exists
                ? new SaveInvalid([.. opened.Problems.Select(p => FormProblem.Of(p))])
                : new SaveFailed(SaveFailure.NotFound, $"there is no listing '{FormText.Shorten(id)}'");
            return Task.FromResult(failed);
        }
        var confirmed = opened.Listing with { Confirmed = new Confirmation(today, ConfirmedBy.Program) };
        return saver.SaveAsync(id, opened.Version, confirmed, cancellation);
    }
}
