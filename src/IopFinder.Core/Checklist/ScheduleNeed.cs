using IopFinder.Core.Common;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;

namespace IopFinder.Core.Checklist;

/// <summary>The time, day and hours needs: met when one track satisfies the need as the search filter does; unknown without a schedule.</summary>
internal sealed class ScheduleNeed(SearchQuery values)
{
    internal const string Question = "What days and times do your groups meet, and how many hours a week is the program?";

    public CriterionResult Evaluate(Listing l, Need need)
    {
        var label = Label(need.Name);
        if (l.Schedule.Count == 0)
        {
            return new(need.Name, label, need.Weight, CriterionOutcome.Unknown, 0, "The listing has no schedule", Question);
        }
        var fit = l.Schedule.FirstOrDefault(t => Fits(t, need.Name));
        if (fit is not null)
        {
            return new(need.Name, label, need.Weight, CriterionOutcome.Met, 1, MetWhy(fit, need.Name));
        }
        return new(need.Name, label, need.Weight, CriterionOutcome.Unmet, 0, UnmetWhy(l, need.Name));
    }

    private bool Fits(Track track, string need) => need switch
    {
        "time" => values.Times.Contains(Band(track)),
        "day" => track.Days.All(d => values.Days.Contains(DayId(d))),
        _ => track.HoursPerWeek <= values.MaxHours,
    };

    private string Label(string need) => need switch
    {
        "time" => $"Time of day: {string.Join(" or ", values.Times)}",
        "day" => $"Only on {string.Join(", ", values.Days.Select(d => char.ToUpperInvariant(d[0]) + d[1..]))}",
        _ => $"At most {ScheduleText.Hours(values.MaxHours ?? 0)} hours a week",
    };

    private string MetWhy(Track t, string need) => need switch
    {
        "time" => $"{t.Name} track {ScheduleText.Days(t.Days)} {ScheduleText.Range(t.Start, t.End)} fits your {Band(t)}s",
        "day" => $"{t.Name} track meets {ScheduleText.Days(t.Days)}, days you can attend",
        _ => $"{t.Name} track is {ScheduleText.Hours(t.HoursPerWeek)} h/week, within your {ScheduleText.Hours(values.MaxHours ?? 0)}",
    };

    private string UnmetWhy(Listing l, string need) => need switch
    {
        "time" => $"No {string.Join(" or ", values.Times)} track: {string.Join("; ", l.Schedule.Select(t => $"{t.Name} {ScheduleText.Range(t.Start, t.End)}"))}",
        "day" => $"Every track meets on a day you cannot attend: {string.Join("; ", l.Schedule.Select(t => ScheduleText.Days(t.Days)))}",
        _ => $"Fewest hours: {ScheduleText.Hours(l.MinHoursPerWeek ?? 0)} h/week, more than your {ScheduleText.Hours(values.MaxHours ?? 0)}",
    };

    private static string Band(Track t) => t.TimeOfDay.ToString().ToLowerInvariant();

    private static string DayId(DayOfWeek day) => ScheduleIds.DayId(day);
}
