namespace IopFinder.Web.Manage.Review;

/// <summary>
/// What approving an item did: <see cref="ReviewDecision.Decided"/> when its effect is in place (the item
/// closes), any other decision when it could not be applied (the item stays pending and the maintainer is told
/// why); with the fields and values the audit records.
/// </summary>
public sealed record ReviewApplied(ReviewDecision Outcome, IReadOnlyList<string>? Fields = null, string? Before = null, string? After = null)
{
    public static ReviewApplied Done { get; } = new(ReviewDecision.Decided);

    public bool Succeeded => Outcome == ReviewDecision.Decided;
}
