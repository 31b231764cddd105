using IopFinder.Web.Manage.Claims;
using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Manage.Review;

/// <summary>An approved new program becomes its listing file (never over an existing one) and its submitter its first editor.</summary>
public sealed class NewProgramReviewKind(ReviewedListingWriter writer, EditorGrants grants) : IReviewKind
{
    public ReviewKind Kind => ReviewKind.NewProgram;

    public async Task<ReviewApplied> ApplyAsync(ReviewItem item, string maintainer, CancellationToken cancellationToken = default)
    {
        if (item.ListingId is not { } id || item.Payload is not { } text) return new ReviewApplied(ReviewDecision.NoLongerFits);
        var outcome = await writer.CreateAsync(id, text, cancellationToken);
        if (outcome != ReviewDecision.Decided) return new ReviewApplied(outcome);
        await grants.GrantAsync(id, item.Submitter, GrantRoute.Review, cancellationToken);
        return new ReviewApplied(outcome, After: text);
    }
}
