using System.Globalization;
using System.Text;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Content;

/// <summary>
/// Writes a listing in the Markdown format of SPEC section 1, every field the validator reads and
/// nothing derived, every string quoted so any name survives YAML: a listing written and read back
/// equals itself, and the catalog version (a hash of this output) changes with any edit.
/// </summary>
public static class ListingWriter
{
    /// <summary>The whole file: front matter between '---' lines, then the body.</summary>
    public static string Write(Listing l)
    {
        var y = new StringBuilder("---\n");
        y.Append("name: ").Append(Quote(l.Name)).Append('\n');
        if (l.Organization is not null) y.Append("organization: ").Append(Quote(l.Organization)).Append('\n');
        foreach (var filter in Filters.TermFilters.Where(f => f.Vocabulary is not null))
        {
            List(y, filter.Vocabulary!, filter.Read!(l));
        }
        List(y, "virtual_states", l.VirtualStates);
        if (l.ProgramWeeks is { } weeks)
        {
            y.Append("program_weeks: ").Append(weeks.Min == weeks.Max ? Number(weeks.Min) : $"{{min: {Number(weeks.Min)}, max: {Number(weeks.Max)}}}").Append('\n');
        }
        Schedule(y, l.Schedule);
        Locations(y, l.Locations);
        Contact(y, l.Contact);
        if (l.AcceptingNewPatients is { } accepting) y.Append("accepting_new_patients: ").Append(accepting ? "true" : "false").Append('\n');
        if (l.WaitlistWeeks is { } wait) y.Append("waitlist_weeks: ").Append(Number(wait)).Append('\n');
        if (l.LastReviewed is { } reviewed) y.Append("last_reviewed: ").Append(Date(reviewed)).Append('\n');
        if (l.OtherServices.Count > 0)
        {
            y.Append("other_services:\n");
            foreach (var service in l.OtherServices) y.Append("  - ").Append(Quote(service)).Append('\n');
        }
        if (l.Sources.Count == 1) y.Append("source: ").Append(Source(l.Sources[0])).Append('\n');
        if (l.Sources.Count > 1)
        {
            y.Append("source:\n");
            foreach (var source in l.Sources) y.Append("  - ").Append(Source(source)).Append('\n');
        }
        if (l.Claimed) y.Append("claimed: true\n");
        if (l.Example) y.Append("example: true\n");
        if (l.DescriptionLanguage is { } language) y.Append("description_language: ").Append(language).Append('\n');
        y.Append("---\n");
        if (l.Body.Length > 0) y.Append(l.Body.TrimEnd()).Append('\n');
        return y.ToString();
    }

    private static string Source(ListingSource source)
    {
        var text = new StringBuilder("{name: ").Append(Quote(source.Name));
        if (source.Year is { } year) text.Append(", year: ").Append(Number(year));
        if (source.Imported is { } imported) text.Append(", imported: ").Append(Date(imported));
        return text.Append('}').ToString();
    }

    private static void Schedule(StringBuilder y, IReadOnlyList<Track> tracks)
    {
        if (tracks.Count == 0) return;
        y.Append("schedule:\n");
        foreach (var track in tracks)
        {
            y.Append("  - track: ").Append(Quote(track.Name)).Append('\n');
            y.Append("    days: [").Append(string.Join(", ", track.Days.Select(ScheduleIds.DayId))).Append("]\n");
            y.Append("    start: \"").Append(Time(track.Start)).Append("\"\n");
            y.Append("    end: \"").Append(Time(track.End)).Append("\"\n");
        }
    }

    private static void Locations(StringBuilder y, IReadOnlyList<Location> locations)
    {
        if (locations.Count == 0) return;
        y.Append("locations:\n");
        foreach (var location in locations)
        {
            var prefix = "  - ";
            if (location.Address is not null) { y.Append(prefix).Append("address: ").Append(Quote(location.Address)).Append('\n'); prefix = "    "; }
            y.Append(prefix).Append("city: ").Append(Quote(location.City)).Append('\n');
            y.Append("    state: ").Append(location.State).Append('\n');
            y.Append("    zip: \"").Append(location.Zip).Append("\"\n");
            // Coordinates taken from the ZIP are derived, not written; a site's own are.
            if (location.Point is { } point && !location.PointFromZip)
            {
                y.Append("    lat: ").Append(point.Lat.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
                y.Append("    lon: ").Append(point.Lon.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }
        }
    }

    private static void Contact(StringBuilder y, Contact c)
    {
        if (c.Phone is null && c.Website is null && c.Email is null && c.Referral is null) return;
        y.Append("contact:\n");
        if (c.Phone is not null) y.Append("  phone: ").Append(Quote(c.Phone)).Append('\n');
        if (c.Website is not null) y.Append("  website: ").Append(Quote(c.Website)).Append('\n');
        if (c.Email is not null) y.Append("  email: ").Append(Quote(c.Email)).Append('\n');
        if (c.Referral is not null) y.Append("  referral: ").Append(Quote(c.Referral)).Append('\n');
    }

    private static void List(StringBuilder y, string key, IReadOnlyList<string> values)
    {
        if (values.Count > 0) y.Append(key).Append(": [").Append(string.Join(", ", values)).Append("]\n");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A double-quoted YAML scalar: backslashes and quotes escaped, control characters dropped.</summary>
    public static string Quote(string text)
    {
        var clean = new string(text.Where(ch => !char.IsControl(ch)).ToArray()).Trim();
        return "\"" + clean.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
