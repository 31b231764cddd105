using System.Globalization;
using IopFinder.Core.Common;
using IopFinder.Core.Listings;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Fields;

/// <summary>Reads and checks the fields that are small groups of keys: program weeks, sources and the confirmation.</summary>
internal static class GroupReaders
{
    /// <summary><c>program_weeks</c>: a number of weeks or <c>{min, max}</c>.</summary>
    public static WeekRange? Weeks(FieldReading r, string key)
    {
        var fields = r.Fields;
        var node = YamlFields.Get(r.Map, key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode:
                var weeks = fields.Int(r.Map, key, 1, 104);
                return weeks is { } w ? new WeekRange(w, w) : null;
            case YamlMappingNode range:
                var within = fields.Within(key);
                within.UnknownKeys(range, ["min", "max"], $" in '{key}'");
                var min = within.Int(range, "min", 1, 104);
                var max = within.Int(range, "max", 1, 104);
                if (min is null || max is null)
                {
                    if (YamlFields.Get(range, "min") is null || YamlFields.Get(range, "max") is null)
                        fields.Error(node, $"'{key}' needs both 'min' and 'max', or a single number", key, ProblemCodes.WeeksMinMax, key);
                    return null;
                }
                if (max < min)
                {
                    fields.Error(node, $"'{key}' max ({max}) is less than min ({min})", key, ProblemCodes.WeeksMaxBelowMin,
                        key, max.Value.ToString(CultureInfo.InvariantCulture), min.Value.ToString(CultureInfo.InvariantCulture));
                    return null;
                }
                return new WeekRange(min.Value, max.Value);
            default:
                fields.Error(node, $"'{key}' must be a number of weeks or {{min: 6, max: 12}}", key, ProblemCodes.WeeksFormat, key);
                return null;
        }
    }

    /// <summary><c>source</c>: one directory as a group of fields, or a list of them for a listing merged from several.</summary>
    public static IReadOnlyList<ListingSource> Sources(FieldReading r, string key)
    {
        var sources = new List<ListingSource>();
        foreach (var (source, within, _) in r.Fields.Entries(r.Map, key, ["name", "year", "imported"], $" in '{key}'"))
        {
            var name = within.Text(source, "name");
            if (string.IsNullOrWhiteSpace(name))
            {
                within.Error(source, $"'{key}' needs a 'name': the directory the listing came from", "name", ProblemCodes.SourceName, key);
                continue;
            }
            sources.Add(new ListingSource(name, within.Int(source, "year", 1900, 2100), FieldReaders.Date(within, source, "imported")));
        }
        return sources;
    }

    /// <summary><c>confirmed: {date: 2026-11-30, by: program}</c>; both parts are required.</summary>
    public static Confirmation? Confirmation(FieldReading r, string key)
    {
        var fields = r.Fields;
        var node = YamlFields.Get(r.Map, key);
        if (node is null) return null;
        if (node is not YamlMappingNode map)
        {
            fields.Error(node, $"'{key}' must be a date and who confirmed, like {{date: 2026-11-30, by: program}}", key, ProblemCodes.ConfirmedFormat, key);
            return null;
        }
        var within = fields.Within(key);
        within.UnknownKeys(map, ["date", "by"], $" in '{key}'");
        var date = FieldReaders.Date(within, map, "date");
        if (YamlFields.Get(map, "date") is null) within.Error(map, $"'{key}' needs a 'date' like 2026-11-30", "date", ProblemCodes.ConfirmedDate, key);
        var by = within.Text(map, "by")?.ToLowerInvariant();
        ConfirmedBy? confirmer = by switch { "program" => ConfirmedBy.Program, "maintainer" => ConfirmedBy.Maintainer, _ => null };
        if (by is null) within.Error(map, $"'{key}' needs 'by': program or maintainer", "by", ProblemCodes.ConfirmedBy, key);
        else if (confirmer is null)
        {
            var near = Suggestions.Closest(by, Listings.Confirmation.ByIds);
            within.Error(YamlFields.Get(map, "by")!, $"'by' in '{key}' must be program or maintainer, not '{by}'{Suggestions.Hint(near)}", "by",
                ProblemCodes.ConfirmedByUnknown, key, by, near ?? "");
        }
        return date is { } d && confirmer is { } c ? new Confirmation(d, c) : null;
    }
}
