using System.Globalization;
using System.Text;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;
using IopFinder.Core.Listings;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Cli;

/// <summary>Says how the site understands a listing: derived values and the filters it will match, for staff previewing an edit.</summary>
public static class ListingExplainer
{
    /// <summary>A plain-text explanation.</summary>
    public static string Explain(Listing l, IopFinder.Core.Taxonomy.Taxonomy taxonomy)
    {
        var schedule = new ScheduleWords(EnglishText.Instance);
        var text = new StringBuilder();
        text.AppendLine($"{l.Name} (id: {l.Id}, page: /programs/{l.Id})");
        if (l.Organization is not null) text.AppendLine($"  organization: {l.Organization}");
        text.AppendLine($"  formats: {string.Join(", ", l.Formats)}{(l.VirtualStates.Count > 0 ? $"; virtual care in {string.Join(", ", l.VirtualStates)}" : "")}");
        foreach (var location in l.Locations)
        {
            var point = location.Point is { } p ? $"{p.Lat.ToString("0.#####", CultureInfo.InvariantCulture)}, {p.Lon.ToString("0.#####", CultureInfo.InvariantCulture)}" : "unknown";
            text.AppendLine($"  site: {location.Address ?? "(no street address)"}, {location.City}, {location.State} {location.Zip} at {point}{(location.PointFromZip ? " (the ZIP's centre)" : "")}");
        }
        if (l.Schedule.Count == 0) text.AppendLine("  schedule: none listed (schedule searches list it among the programs that don't say; the checklist asks about it)");
        foreach (var track in l.Schedule)
        {
            text.AppendLine($"  track '{track.Name}': {schedule.Track(track)}, {ScheduleIds.Times[(int)track.TimeOfDay]}");
        }
        if (l.MinHoursPerWeek is { } min) text.AppendLine($"  hours per week: {ScheduleWords.Hours(min)}{(l.MaxHoursPerWeek != min ? $" to {ScheduleWords.Hours(l.MaxHoursPerWeek!.Value)}" : "")}");
        text.AppendLine("Matches these search filters:");
        foreach (var filter in Filters.TermFilters.Where(f => f.Vocabulary is not null))
        {
            var ids = filter.Read!(l);
            if (ids.Count > 0) text.AppendLine($"  {filter.Parameter}: {string.Join(", ", ids.Select(id => $"{id} ({taxonomy[filter.Vocabulary!].Label(id)})"))}");
        }
        var bands = l.Schedule.Select(t => ScheduleIds.Times[(int)t.TimeOfDay]).Distinct().ToList();
        if (bands.Count > 0) text.AppendLine($"  time: {string.Join(", ", bands)}");
        foreach (var track in l.Schedule)
        {
            text.AppendLine($"  day: when a patient can attend at least {string.Join(", ", track.Days.Select(ScheduleIds.DayId))} ('{track.Name}')");
        }
        if (l.MinHoursPerWeek is { } least) text.AppendLine($"  max_hours: {ScheduleWords.Hours(least)} or more");
        if (l.States.Count > 0) text.AppendLine($"  near: searches within the radius of its site{(l.Locations.Count > 1 ? "s" : "")} in {string.Join(", ", l.States)}");
        if (ReachRule.OffersVirtual(l) && l.VirtualStates.Count > 0) text.AppendLine($"  near: any searcher located in {string.Join(", ", l.VirtualStates)} (virtual care)");
        if (l.AcceptingNewPatients == true) text.AppendLine("  accepting: true");
        return text.ToString();
    }
}
