namespace IopFinder.Core.Listings;

/// <summary>
/// When openings count (SPEC section 7): <c>accepting_new_patients</c> and <c>waitlist_weeks</c> stand for
/// 30 days after <c>openings_updated</c>; older ones read as "doesn't say". The one place the 30 days live:
/// search filters, pages and the API read it. Openings without any date keep standing: they were written by
/// hand before the date existed (the SAMHSA import gives none), and a listing's own answer with no date is
/// still better than silence; the portal stamps the date whenever openings are saved.
/// </summary>
public sealed class OpeningsRule(TimeProvider clock)
{
    /// <summary>How many days after <c>openings_updated</c> the openings stand (the day itself is day 0).</summary>
    public const int CurrentDays = 30;

    /// <summary>The listing's openings today (the UTC date of the clock).</summary>
    public OpeningsStatus Of(Listing listing) => On(listing, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    /// <summary>The last day the listing's openings stand; null when they carry no date (they stand, see above).</summary>
    public static DateOnly? LastDay(Listing listing) => listing.OpeningsUpdated?.AddDays(CurrentDays);

    /// <summary>The listing's openings on <paramref name="today"/>; a date after today counts as current.</summary>
    public static OpeningsStatus On(Listing listing, DateOnly today)
    {
        var current = LastDay(listing) is not { } last || today <= last;
        return current
            ? new OpeningsStatus(true, listing.AcceptingNewPatients, listing.WaitlistWeeks, listing.OpeningsUpdated)
            : new OpeningsStatus(false, null, null, listing.OpeningsUpdated);
    }
}
