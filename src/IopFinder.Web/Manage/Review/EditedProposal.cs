namespace IopFinder.Web.Manage.Review;

/// <summary>
/// What a maintainer approves in place of a submitted proposal: the listing it applies to (a new program's id follows
/// its edited name, as at submission) and the payload as that kind writes it.
/// </summary>
public sealed record EditedProposal(string ListingId, string Payload);
