using IopFinder.Core.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Content;

/// <summary>
/// Checks a listing's front matter against SPEC section 1 and the taxonomy and maps it to a
/// <see cref="Listing"/>. Every problem is reported with the line of the offending key; a listing
/// with any problem is returned as null so that it never reaches the catalog.
/// </summary>
public sealed partial class ListingValidator(Taxonomy.Taxonomy taxonomy, ZipTable zips)
{
    private static readonly string[] TopLevelKeys =
    [
        "name", "organization", "levels_of_care", "conditions", "modalities", "ages", "formats", "virtual_states",
        "insurance", "languages", "accreditation", "features", "program_weeks", "schedule", "locations", "contact",
        "accepting_new_patients", "waitlist_weeks", "last_reviewed", "other_services", "source", "claimed", "example",
    ];

    /// <summary>Validates one parsed file whose id is its file name.</summary>
    public (Listing? Listing, IReadOnlyList<Diagnostic> Problems) Validate(string id, FrontMatterDocument document)
    {
        var fields = new YamlFields(document.Path, document.LineOffset);
        var map = document.FrontMatter;
        fields.UnknownKeys(map, TopLevelKeys, "");

        if (!IdPattern().IsMatch(id))
        {
            fields.Error(1, $"file name '{id}' must be lowercase letters, digits and dashes, like 'harbor-view-iop.md'");
        }
        var name = fields.Text(map, "name");
        if (string.IsNullOrWhiteSpace(name)) fields.Error(fields.KeyLine(map, "name"), "missing required field 'name'");

        var levels = Terms(fields, map, "levels_of_care", VocabularyNames.LevelsOfCare, required: true);
        if (levels.Count > 0 && !levels.Contains("iop"))
        {
            fields.Error(YamlFields.Get(map, "levels_of_care")!, "'levels_of_care' must include 'iop': this is a directory of intensive outpatient programs");
        }
        var formats = Terms(fields, map, "formats", VocabularyNames.Formats, required: true);
        var virtualStates = States(fields, map, "virtual_states");
        if (virtualStates.Count == 0 && (formats.Contains("virtual") || formats.Contains("hybrid")))
        {
            fields.Error(YamlFields.Get(map, "formats")!, "a virtual or hybrid program needs 'virtual_states': the states where it is licensed to treat, like [MA, NH]");
        }

        var locations = new LocationReader(fields, zips).Read(map);
        if (locations.Count == 0 && (formats.Contains("in-person") || formats.Contains("hybrid")) && YamlFields.Get(map, "locations") is null)
        {
            fields.Error(YamlFields.Get(map, "formats")!, "an in-person or hybrid program needs at least one entry under 'locations'");
        }

        var listing = new Listing
        {
            Id = id,
            Name = name ?? "",
            Organization = fields.Text(map, "organization"),
            LevelsOfCare = levels,
            Conditions = Terms(fields, map, "conditions", VocabularyNames.Conditions, required: true),
            Modalities = Terms(fields, map, "modalities", VocabularyNames.Modalities),
            Ages = Terms(fields, map, "ages", VocabularyNames.Ages),
            Formats = formats,
            VirtualStates = virtualStates,
            Insurance = Terms(fields, map, "insurance", VocabularyNames.Insurance),
            Languages = Languages(fields, map),
            Accreditation = Terms(fields, map, "accreditation", VocabularyNames.Accreditation),
            Features = Terms(fields, map, "features", VocabularyNames.Features),
            ProgramWeeks = Weeks(fields, map),
            Schedule = new ScheduleReader(fields).Read(map),
            Locations = locations,
            Contact = new ContactReader(fields).Read(map),
            AcceptingNewPatients = fields.Bool(map, "accepting_new_patients"),
            WaitlistWeeks = fields.Int(map, "waitlist_weeks", 0, 520),
            LastReviewed = Date(fields, map, "last_reviewed"),
            OtherServices = fields.List(map, "other_services").Select(s => s.Value).ToList(),
            Source = Source(fields, map),
            Claimed = fields.Bool(map, "claimed") ?? false,
            Example = fields.Bool(map, "example") ?? false,
            Body = document.Body,
            SourcePath = document.Path,
        };
        return fields.Diagnostics.Count == 0 ? (listing, []) : (null, fields.Diagnostics);
    }

    private IReadOnlyList<string> Terms(YamlFields fields, YamlMappingNode map, string key, string vocabularyName, bool required = false)
    {
        var vocabulary = taxonomy[vocabularyName];
        var values = fields.List(map, key);
        if (required && values.Count == 0)
        {
            fields.Error(fields.KeyLine(map, key),
                $"missing required field '{key}' (at least one of: {string.Join(", ", vocabulary.Ids.Take(8))}{(vocabulary.Terms.Count > 8 ? ", ..." : "")})");
        }
        var result = new List<string>();
        foreach (var (value, node) in values)
        {
            if (!vocabulary.Contains(value))
            {
                fields.Error(node, $"unknown {key.Replace('_', ' ')} term '{value}'{Suggestions.Hint(value, vocabulary.Ids)}");
            }
            else if (!result.Contains(value))
            {
                result.Add(value);
            }
        }
        return result;
    }

    private IReadOnlyList<string> Languages(YamlFields fields, YamlMappingNode map)
    {
        var languages = Terms(fields, map, "languages", VocabularyNames.Languages);
        return languages.Count == 0 && YamlFields.Get(map, "languages") is null ? ["en"] : languages;
    }

    private static IReadOnlyList<string> States(YamlFields fields, YamlMappingNode map, string key)
    {
        var result = new List<string>();
        foreach (var (value, node) in fields.List(map, key))
        {
            var code = value.ToUpperInvariant();
            if (!UsStates.IsValid(code))
            {
                fields.Error(node, $"'{value}' in '{key}' is not a two-letter US state{Suggestions.Hint(code, UsStates.Names.Keys)}");
            }
            else if (!result.Contains(code))
            {
                result.Add(code);
            }
        }
        return result;
    }

    private static WeekRange? Weeks(YamlFields fields, YamlMappingNode map)
    {
        var node = YamlFields.Get(map, "program_weeks");
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode:
                var weeks = fields.Int(map, "program_weeks", 1, 104);
                return weeks is { } w ? new WeekRange(w, w) : null;
            case YamlMappingNode range:
                fields.UnknownKeys(range, ["min", "max"], " in 'program_weeks'");
                var min = fields.Int(range, "min", 1, 104);
                var max = fields.Int(range, "max", 1, 104);
                if (min is null || max is null)
                {
                    if (YamlFields.Get(range, "min") is null || YamlFields.Get(range, "max") is null)
                        fields.Error(node, "'program_weeks' needs both 'min' and 'max', or a single number");
                    return null;
                }
                if (max < min)
                {
                    fields.Error(node, $"'program_weeks' max ({max}) is less than min ({min})");
                    return null;
                }
                return new WeekRange(min.Value, max.Value);
            default:
                fields.Error(node, "'program_weeks' must be a number of weeks or {min: 6, max: 12}");
                return null;
        }
    }

    private static ListingSource? Source(YamlFields fields, YamlMappingNode map)
    {
        var source = fields.Map(map, "source");
        if (source is null) return null;
        fields.UnknownKeys(source, ["name", "year", "imported"], " in 'source'");
        var name = fields.Text(source, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            fields.Error(source, "'source' needs a 'name': the directory the listing came from");
            return null;
        }
        return new ListingSource(name, fields.Int(source, "year", 1900, 2100), Date(fields, source, "imported"));
    }

    private static DateOnly? Date(YamlFields fields, YamlMappingNode map, string key)
    {
        var text = fields.Text(map, key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        fields.Error(YamlFields.Get(map, key)!, $"'{key}' must be a date like 2026-10-01, not '{text}'");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
