using IopFinder.Core.Common;
using System.Globalization;
using IopFinder.Core.Listings;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Fields;

/// <summary>Reads the <c>schedule</c> tracks: days from mon…sun and a start before the end, both HH:MM.</summary>
internal sealed class ScheduleReader(YamlFields file)
{
    internal static readonly string[] TrackKeys = ["track", "days", "start", "end"];

    public IReadOnlyList<Track> Read(YamlMappingNode map)
    {
        var tracks = new List<Track>();
        foreach (var (entry, fields, index) in file.Entries(map, "schedule", TrackKeys, " in a 'schedule' track"))
        {
            var name = fields.Text(entry, "track");
            var days = Days(fields, entry);
            var start = Time(fields, entry, "start");
            var end = Time(fields, entry, "end");
            if (start is null || end is null || days.Count == 0) continue;
            if (end <= start)
            {
                fields.Error(YamlFields.Get(entry, "end")!, $"track ends at {end:HH\\:mm}, not after it starts at {start:HH\\:mm}", "end",
                    ProblemCodes.ScheduleEndBeforeStart, end.Value.ToString("HH:mm", CultureInfo.InvariantCulture), start.Value.ToString("HH:mm", CultureInfo.InvariantCulture));
                continue;
            }
            tracks.Add(new Track
            {
                Name = string.IsNullOrWhiteSpace(name) ? $"Track {index + 1}" : name,
                Days = days,
                Start = start.Value,
                End = end.Value,
            });
        }
        return tracks;
    }

    private static List<DayOfWeek> Days(YamlFields fields, YamlMappingNode entry)
    {
        var values = fields.List(entry, "days");
        if (values.Count == 0)
        {
            fields.Error(entry, "a schedule track needs 'days', like [mon, wed, thu]", "days", ProblemCodes.ScheduleDays);
            return [];
        }
        var days = new HashSet<DayOfWeek>();
        foreach (var (value, node) in values)
        {
            var match = ScheduleIds.DayOf(value.ToLowerInvariant());
            if (match is null)
            {
                var near = Suggestions.Closest(value.Length > 3 ? value[..3] : value, ScheduleIds.Days.Select(d => d.Id));
                fields.Error(node, $"unknown day '{value}': use mon, tue, wed, thu, fri, sat, sun{Suggestions.Hint(near)}", "days", ProblemCodes.ScheduleUnknownDay, value, near ?? "");
                continue;
            }
            days.Add(match.Value);
        }
        return ScheduleIds.Days.Select(d => d.Day).Where(days.Contains).ToList();
    }

    private static TimeOnly? Time(YamlFields fields, YamlMappingNode entry, string key)
    {
        var text = fields.Text(entry, key);
        if (text is null)
        {
            fields.Error(entry, $"a schedule track needs '{key}', a 24-hour time like \"09:00\"", key, ProblemCodes.ScheduleTimeRequired, key);
            return null;
        }
        if (text.Length == 5 && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        fields.Error(YamlFields.Get(entry, key)!, $"'{key}' must be a 24-hour time HH:MM like \"17:30\", not '{text}'", key, ProblemCodes.ScheduleTimeFormat, key, text);
        return null;
    }
}
