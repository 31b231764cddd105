using IopFinder.Core.Listings;

namespace IopFinder.Core.Filtering;

/// <summary>
/// How much a listing answers: of the filters a listing can leave unanswered, how many it answers.
/// Results that tie on relevance and distance put the listing a family can learn more from first
/// (SPEC section 4 breaks score ties the same way, by known share).
/// </summary>
public static class ListingAnswers
{
    /// <summary>The filters whose answer a listing may leave out; the schedule's three count as one.</summary>
    private static readonly IReadOnlyList<FilterDefinition> Answerable =
        [.. Filters.All.Where(f => f.Absence != AbsenceRule.Never && f.Kind is not (FilterKind.Day or FilterKind.MaxHours))];

    /// <summary>How many of those filters the listing answers (a field given, a schedule, whether it takes new patients).</summary>
    public static int Count(Listing listing) => Answerable.Count(filter => Answers(listing, filter));

    private static bool Answers(Listing listing, FilterDefinition filter) => filter.Kind switch
    {
        FilterKind.Time => listing.Schedule.Count > 0,
        FilterKind.Accepting => listing.AcceptingNewPatients is not null,
        _ => filter.Read is { } read && read(listing).Count > 0,
    };
}
