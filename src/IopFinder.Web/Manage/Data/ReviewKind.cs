namespace IopFinder.Web.Manage.Data;

/// <summary>What a review item asks for. Each kind has one <c>IReviewKind</c> that applies an approval.</summary>
public enum ReviewKind
{
    Claim,
    Change,
    NewProgram,
    Correction,
}
