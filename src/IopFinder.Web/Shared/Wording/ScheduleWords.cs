using System.Globalization;
using IopFinder.Core.Common;
using IopFinder.Core.Listings;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>Schedules in words people read quickly: "Mon–Thu · 5:30–8:30 pm · 12 h/week", "lun.–jue. · 5:30–8:30 p. m. · 12 h/semana".</summary>
public sealed class ScheduleWords(IStringLocalizer text)
{
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly TimeOnly Noon = new(12, 0);

    /// <summary>The days of a week, Monday first.</summary>
    public static IReadOnlyList<DayOfWeek> WeekDays => Week;

    /// <summary>"Mon–Thu" for three or more consecutive days, else "Mon/Wed/Thu".</summary>
    public string Days(IReadOnlyList<DayOfWeek> days)
    {
        var positions = days.Select(d => Array.IndexOf(Week, d)).Order().ToArray();
        var consecutive = positions.Length >= 3 && positions[^1] - positions[0] == positions.Length - 1;
        return consecutive ? $"{Short(Week[positions[0]])}–{Short(Week[positions[^1]])}" : string.Join("/", positions.Select(p => Short(Week[p])));
    }

    /// <summary>"Mon", "lun.".</summary>
    public string Short(DayOfWeek day) => text[$"Day.Short.{ScheduleIds.DayId(day)}"];

    /// <summary>"5:30" or "9".</summary>
    public static string Time(TimeOnly time) => time.Minute == 0 ? $"{Hour12(time)}" : $"{Hour12(time)}:{time.Minute:00}";

    /// <summary>"5:30–8:30 pm" or "11 am–2 pm"; noon has its own word where the language has one.</summary>
    public string Range(TimeOnly start, TimeOnly end)
    {
        var samePeriod = start.Hour < 12 == end.Hour < 12;
        return samePeriod ? $"{Time(start)}–{WithPeriod(end)}" : $"{WithPeriod(start)}–{WithPeriod(end)}";
    }

    /// <summary>"12" or "4.5".</summary>
    public static string Hours(double hours) => hours.ToString(hours % 1 == 0 ? "0" : "0.#", CultureInfo.CurrentCulture);

    /// <summary>"12 h/week".</summary>
    public string HoursPerWeek(double hours) => text["Schedule.HoursPerWeek", Hours(hours)];

    /// <summary>"Mon–Thu · 5:30–8:30 pm · 12 h/week".</summary>
    public string Track(Track track) => $"{Days(track.Days)} · {Range(track.Start, track.End)} · {HoursPerWeek(track.HoursPerWeek)}";

    /// <summary>"8 weeks" or "6–12 weeks".</summary>
    public string Weeks(WeekRange weeks) =>
        weeks.Min == weeks.Max ? text["Schedule.Weeks", weeks.Min] : text["Schedule.WeeksRange", weeks.Min, weeks.Max];

    /// <summary>One line for a result card: every track, or a prompt to call when there is no schedule.</summary>
    public string Summary(Listing listing)
    {
        if (listing.Schedule.Count == 0) return text["Schedule.NotListed"];
        var tracks = string.Join("; ", listing.Schedule.Select(Track));
        return listing.ProgramWeeks is { } weeks ? $"{tracks} · {Weeks(weeks)}" : tracks;
    }

    private static int Hour12(TimeOnly time) => time.Hour % 12 == 0 ? 12 : time.Hour % 12;

    private string WithPeriod(TimeOnly time) => time == Noon ? text["Schedule.Noon"] : $"{Time(time)} {(time.Hour < 12 ? text["Schedule.Am"] : text["Schedule.Pm"])}";
}
