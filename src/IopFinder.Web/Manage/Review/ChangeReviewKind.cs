using IopFinder.Core.Editing;
using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Manage.Review;

/// <summary>An approved change writes its fields into the listing file as it is now, or stays pending when they no longer fit.</summary>
public sealed class ChangeReviewKind(ReviewedListingWriter writer) : IReviewKind
{
    public ReviewKind Kind => ReviewKind.Change;

    public async Task<ReviewApplied> ApplyAsync(ReviewItem item, string maintainer, CancellationToken cancellationToken = default)
    {
        var changes = ChangePayload.Read(item.Payload);
        if (item.ListingId is not { } id) return new ReviewApplied(ReviewDecision.NoLongerFits);
        var outcome = await writer.ApplyAsync(id, changes, cancellationToken);
        return new ReviewApplied(outcome, ChangeNames.Of(changes),
            string.Join("\n", changes.Select(c => c.Before ?? $"{c.Key}: —")), string.Join("\n", changes.Select(c => c.After ?? $"{c.Key}: —")));
    }
}
