namespace IopFinder.Core.Common;

/// <summary>The ids listings and searches use for days of the week and times of day, defined once.</summary>
public static class ScheduleIds
{
    /// <summary>Day ids in week order, Monday first.</summary>
    public static IReadOnlyList<(string Id, DayOfWeek Day)> Days { get; } =
    [
        ("mon", DayOfWeek.Monday), ("tue", DayOfWeek.Tuesday), ("wed", DayOfWeek.Wednesday), ("thu", DayOfWeek.Thursday),
        ("fri", DayOfWeek.Friday), ("sat", DayOfWeek.Saturday), ("sun", DayOfWeek.Sunday),
    ];

    /// <summary>Time-of-day ids, in the order of <see cref="Listings.TimeOfDayBand"/>.</summary>
    public static IReadOnlyList<string> Times { get; } = ["morning", "afternoon", "evening"];

    /// <summary>The id of a day ("mon").</summary>
    public static string DayId(DayOfWeek day) => Days[((int)day + 6) % 7].Id;

    /// <summary>The day of an id, or null when it is not one.</summary>
    public static DayOfWeek? DayOf(string id)
    {
        foreach (var (dayId, day) in Days) if (dayId == id) return day;
        return null;
    }
}
