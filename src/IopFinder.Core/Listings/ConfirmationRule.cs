namespace IopFinder.Core.Listings;

/// <summary>
/// When a confirmation counts (SPEC section 7): "Confirmed by the program on DATE" for 90 days, then
/// "Last confirmed DATE — may be out of date"; a listing never confirmed says so. The one place the 90
/// days live: pages, cards, the comparison, search and reminders read it.
/// </summary>
public sealed class ConfirmationRule(TimeProvider clock)
{
    /// <summary>How many days after its date a confirmation is current (the day itself is day 0).</summary>
    public const int CurrentDays = 90;

    /// <summary>The listing's state today (the UTC date of the clock).</summary>
    public ConfirmationStatus Of(Listing listing) => On(listing, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    /// <summary>The last day the listing's confirmation is current; null when never confirmed.</summary>
    public static DateOnly? LastDay(Listing listing) => listing.Confirmed?.Date.AddDays(CurrentDays);

    /// <summary>The listing's state on <paramref name="today"/>; a date after today (a clock behind the editor's) counts as current.</summary>
    public static ConfirmationStatus On(Listing listing, DateOnly today) => listing.Confirmed switch
    {
        null => new(ConfirmationState.Never, null),
        { } c when today.DayNumber - c.Date.DayNumber <= CurrentDays => new(ConfirmationState.Current, c),
        { } c => new(ConfirmationState.Lapsed, c),
    };
}
