using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Review;

namespace IopFinder.Web.Manage.Claims;

/// <summary>An approved claim makes its submitter an editor of the listing.</summary>
public sealed class ClaimReviewKind(EditorGrants grants) : IReviewKind
{
    public ReviewKind Kind => ReviewKind.Claim;

    public async Task<ReviewApplied> ApplyAsync(ReviewItem item, string maintainer, CancellationToken cancellationToken = default)
    {
        if (item.ListingId is { } listingId) await grants.GrantAsync(listingId, item.Submitter, GrantRoute.Review, cancellationToken);
        return ReviewApplied.Done;
    }
}
