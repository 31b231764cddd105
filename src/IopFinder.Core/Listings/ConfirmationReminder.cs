namespace IopFinder.Core.Listings;

/// <summary>
/// When program staff are reminded to confirm (SPEC section 7): 15 and 5 days before a confirmation lapses,
/// counted in the days it is still current (confirmed 75 days ago: 15 days left; 85 days ago: 5).
/// </summary>
public static class ConfirmationReminder
{
    /// <summary>The stages, earliest first: days left when each reminder goes out.</summary>
    public static IReadOnlyList<int> Stages { get; } = [15, 5];

    /// <summary>
    /// The stage due on <paramref name="today"/>, or null: none for a listing never confirmed or already lapsed.
    /// Only the latest stage reached is due, so a reminder missed while the site was down is not sent late.
    /// </summary>
    public static int? Due(Confirmation? confirmed, DateOnly today)
    {
        if (confirmed is null) return null;
        var left = ConfirmationRule.CurrentDays - (today.DayNumber - confirmed.Date.DayNumber);
        if (left < 0 || left > Stages[0]) return null;
        return Stages.Last(stage => left <= stage);
    }
}
