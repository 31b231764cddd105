using System.Globalization;
using IopFinder.Core.Listings;
using IopFinder.Web.Hsds.Model;

namespace IopFinder.Web.Hsds;

/// <summary>Each schedule track as a weekly RFC 5545 rule: <c>freq</c> WEEKLY, <c>byday</c>, opening and closing times, the track's name in <c>notes</c>.</summary>
public static class HsdsScheduleMapper
{
    public static IReadOnlyList<HsdsSchedule> Map(Listing listing)
    {
        var serviceId = HsdsIds.Service(listing.Id);
        return [.. listing.Schedule.Select((track, i) => new HsdsSchedule
        {
            Id = HsdsIds.Schedule(listing.Id, i),
            ServiceId = serviceId,
            Freq = "WEEKLY",
            Byday = string.Join(",", track.Days.OrderBy(d => ((int)d + 6) % 7).Select(RuleDay)),
            // Local time of the program: the listing gives no time zone, so none is claimed.
            OpensAt = track.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
            ClosesAt = track.End.ToString("HH:mm", CultureInfo.InvariantCulture),
            Description = HsdsWords.Track(track),
            Notes = track.Name,
        })];
    }

    /// <summary>The RFC 5545 two-letter day ("MO").</summary>
    public static string RuleDay(DayOfWeek day) => day.ToString()[..2].ToUpperInvariant();
}
