namespace IopFinder.Core.Listings;

/// <summary>
/// What a listing says about openings on a day: whether its openings are current, and the answers that
/// stand (<see cref="AcceptingNewPatients"/> and <see cref="WaitlistWeeks"/> are null, "doesn't say", when they are not).
/// </summary>
public sealed record OpeningsStatus(bool Current, bool? AcceptingNewPatients, int? WaitlistWeeks, DateOnly? Updated);
