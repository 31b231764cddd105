using System.Globalization;
using System.Text;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;

namespace IopFinder.Web.Cli;

/// <summary>Says how the site understands a listing: derived values and the filters it will match, for staff previewing an edit.</summary>
public static class ListingExplainer
{
    /// <summary>A plain-text explanation.</summary>
    public static string Explain(Listing l, IopFinder.Core.Taxonomy.Taxonomy taxonomy)
    {
        var text = new StringBuilder();
        text.AppendLine($"{l.Name} (id: {l.Id}, page: /programs/{l.Id})");
        if (l.Organization is not null) text.AppendLine($"  organization: {l.Organization}");
        text.AppendLine($"  formats: {string.Join(", ", l.Formats)}{(l.VirtualStates.Count > 0 ? $"; virtual care in {string.Join(", ", l.VirtualStates)}" : "")}");
        foreach (var location in l.Locations)
        {
            var point = location.Point is { } p ? $"{p.Lat.ToString("0.#####", CultureInfo.InvariantCulture)}, {p.Lon.ToString("0.#####", CultureInfo.InvariantCulture)}" : "unknown";
            text.AppendLine($"  site: {location.Address ?? "(no street address)"}, {location.City}, {location.State} {location.Zip} at {point}{(location.PointFromZip ? " (the ZIP's centre)" : "")}");
        }
        if (l.Schedule.Count == 0) text.AppendLine("  schedule: none listed (schedule filters will not match; the checklist asks about it)");
        foreach (var track in l.Schedule)
        {
            text.AppendLine($"  track '{track.Name}': {ScheduleText.Track(track)}, {track.TimeOfDay.ToString().ToLowerInvariant()}");
        }
        if (l.MinHoursPerWeek is { } min) text.AppendLine($"  hours per week: {ScheduleText.Hours(min)}{(l.MaxHoursPerWeek != min ? $" to {ScheduleText.Hours(l.MaxHoursPerWeek!.Value)}" : "")}");
        text.AppendLine("Matches these search filters:");
        foreach (var (parameter, vocabulary) in SearchParameters.TermFilters)
        {
            var ids = ListingTerms.ByParameter(l, parameter);
            if (ids.Count > 0) text.AppendLine($"  {parameter}: {string.Join(", ", ids.Select(id => $"{id} ({taxonomy[vocabulary].Label(id)})"))}");
        }
        var bands = l.Schedule.Select(t => t.TimeOfDay.ToString().ToLowerInvariant()).Distinct().ToList();
        if (bands.Count > 0) text.AppendLine($"  time: {string.Join(", ", bands)}");
        foreach (var track in l.Schedule)
        {
            text.AppendLine($"  day: when a patient can attend at least {string.Join(", ", track.Days.Select(d => ScheduleText.Short(d).ToLowerInvariant()))} ('{track.Name}')");
        }
        if (l.MinHoursPerWeek is { } least) text.AppendLine($"  max_hours: {ScheduleText.Hours(least)} or more");
        if (l.States.Count > 0) text.AppendLine($"  near: searches within the radius of its site{(l.Locations.Count > 1 ? "s" : "")} in {string.Join(", ", l.States)}");
        if (l.Formats.Contains("virtual") && l.VirtualStates.Count > 0) text.AppendLine($"  near: any searcher located in {string.Join(", ", l.VirtualStates)} (virtual care)");
        if (l.AcceptingNewPatients == true) text.AppendLine("  accepting: true");
        return text.ToString();
    }
}
