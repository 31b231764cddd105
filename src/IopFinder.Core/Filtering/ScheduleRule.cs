using IopFinder.Core.Common;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Filtering;

/// <summary>
/// The schedule filters' one rule: a track fits when it starts at a wanted time of day, meets only on
/// days the patient can attend and takes no more than the hours they can give. Time, day and hours
/// must be met by the same track: a patient attends one track. Masks: Monday is day bit 0.
/// </summary>
public static class ScheduleRule
{
    /// <summary>The bit of a time of day.</summary>
    public static byte TimeBit(TimeOfDayBand band) => (byte)(1 << (int)band);

    /// <summary>A mask of time-of-day ids (morning, afternoon, evening).</summary>
    public static byte TimesMask(IEnumerable<string> ids) =>
        (byte)ids.Aggregate(0, (mask, id) => mask | (ScheduleIds.Times.ToList().IndexOf(id) is var i and >= 0 ? 1 << i : 0));

    /// <summary>A mask of days.</summary>
    public static byte DayMask(IEnumerable<DayOfWeek> days) =>
        (byte)days.Aggregate(0, (mask, day) => mask | 1 << (((int)day + 6) % 7));

    /// <summary>A mask of day ids (mon…sun).</summary>
    public static byte DaysMask(IEnumerable<string> ids) => DayMask(ids.Select(ScheduleIds.DayOf).OfType<DayOfWeek>());

    /// <summary>Whether one track fits; a zero mask or infinite hours means "any".</summary>
    public static bool Fits(byte trackTime, byte trackDays, double trackHours, byte times, byte days, double maxHours) =>
        (times == 0 || (trackTime & times) != 0) && (days == 0 || (trackDays & ~days) == 0) && trackHours <= maxHours;

    /// <summary>Whether a track fits.</summary>
    public static bool Fits(Track track, byte times, byte days, double maxHours) =>
        Fits(TimeBit(track.TimeOfDay), DayMask(track.Days), track.HoursPerWeek, times, days, maxHours);

    /// <summary>The first track that fits, or null.</summary>
    public static Track? FirstFit(Listing listing, byte times, byte days, double maxHours) =>
        listing.Schedule.FirstOrDefault(t => Fits(t, times, days, maxHours));

    /// <summary>Yes when a track fits, no when none does, unknown without a schedule.</summary>
    public static Verdict Answer(Listing listing, byte times, byte days, double maxHours) =>
        listing.Schedule.Count == 0 ? Verdict.Unknown : FirstFit(listing, times, days, maxHours) is null ? Verdict.No : Verdict.Yes;
}
