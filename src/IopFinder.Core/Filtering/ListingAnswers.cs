using IopFinder.Core.Listings;

namespace IopFinder.Core.Filtering;

/// <summary>
/// How much a listing answers: of the filters a listing can leave unanswered, how many it answers.
/// Results that tie on relevance and distance put the listing a family can learn more from first
/// (SPEC section 4 breaks score ties the same way, by known share).
/// </summary>
public static class ListingAnswers
{
    /// <summary>How many of the registry's answerable filters the listing answers (a field given, a schedule, a yes or no).</summary>
    public static int Count(Listing listing, FilterRegistry registry) =>
        registry.All.Count(filter => filter.CountsAsAnswer && filter.Answers(listing));

    /// <summary><see cref="Count(Listing, FilterRegistry)"/> over the site's filters.</summary>
    public static int Count(Listing listing) => Count(listing, Filters.Registry);
}
