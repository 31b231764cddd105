using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Manage.Review;

/// <summary>
/// What approving one kind of review item does (a claim grants the listing; a change writes its fields;
/// a new program writes its file). Register one per <see cref="ReviewKind"/> as a scoped <c>IReviewKind</c>;
/// rejecting needs none: the item is closed and the submitter told.
/// </summary>
public interface IReviewKind
{
    ReviewKind Kind { get; }

    /// <summary>Applies an approval; an outcome other than <see cref="ReviewDecision.Decided"/> keeps the item pending.</summary>
    Task<ReviewApplied> ApplyAsync(ReviewItem item, string maintainer, CancellationToken cancellationToken = default);
}
