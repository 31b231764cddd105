using IopFinder.Core.Common;
using IopFinder.Core.Filtering;
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
    // Term fields come from the filter definitions: a field a filter reads is validated against its vocabulary.
    private static readonly FilterDefinition[] TermFields = [.. Filters.TermFilters.Where(f => f.Vocabulary is not null)];

    private static readonly string[] TopLevelKeys =
    [
        "name", "organization", .. TermFields.Select(f => f.Vocabulary!), "virtual_states", "program_weeks", "schedule", "locations",
        "contact", "accepting_new_patients", "waitlist_weeks", "last_reviewed", "other_services", "source", "claimed", "example",
        "description_language",
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

        var terms = TermFields.ToDictionary(f => f.Vocabulary!, f => Terms(fields, map, f.Vocabulary!, f.Required), StringComparer.Ordinal);
        var formats = terms[VocabularyNames.Formats];
        var virtualStates = States(fields, map, "virtual_states");
        var locations = new LocationReader(fields, zips).Read(map);
        var inPerson = formats.Contains("in-person") || formats.Contains("hybrid");
        if (locations.Count == 0 && inPerson && YamlFields.Get(map, "locations") is null)
        {
            fields.Error(YamlFields.Get(map, "formats")!, "an in-person or hybrid program needs at least one entry under 'locations'");
        }
        if (virtualStates.Count == 0 && formats.Contains("virtual") && !inPerson)
        {
            fields.Error(YamlFields.Get(map, "formats")!, "a virtual-only program needs 'virtual_states': the states where it is licensed to treat, like [MA, NH]");
        }

        var languages = terms[VocabularyNames.Languages];
        var listing = new Listing
        {
            Id = id,
            Name = name ?? "",
            Organization = fields.Text(map, "organization"),
            LevelsOfCare = terms[VocabularyNames.LevelsOfCare],
            Conditions = terms[VocabularyNames.Conditions],
            Modalities = terms[VocabularyNames.Modalities],
            Medications = terms[VocabularyNames.Medications],
            Populations = terms[VocabularyNames.Populations],
            Genders = terms[VocabularyNames.Genders],
            Ages = terms[VocabularyNames.Ages],
            Formats = formats,
            VirtualStates = virtualStates,
            Insurance = terms[VocabularyNames.Insurance],
            Languages = languages.Count == 0 && YamlFields.Get(map, "languages") is null ? ["en"] : languages,
            Accreditation = terms[VocabularyNames.Accreditation],
            Features = terms[VocabularyNames.Features],
            ProgramWeeks = Weeks(fields, map),
            Schedule = new ScheduleReader(fields).Read(map),
            Locations = locations,
            Contact = new ContactReader(fields).Read(map),
            AcceptingNewPatients = fields.Bool(map, "accepting_new_patients"),
            WaitlistWeeks = fields.Int(map, "waitlist_weeks", 0, 520),
            LastReviewed = Date(fields, map, "last_reviewed"),
            OtherServices = fields.List(map, "other_services").Select(s => s.Value).ToList(),
            Sources = Sources(fields, map),
            Claimed = fields.Bool(map, "claimed") ?? false,
            Example = fields.Bool(map, "example") ?? false,
            DescriptionLanguage = DescriptionLanguage(fields, map),
            Body = document.Body,
            SourcePath = document.Path,
        };
        return fields.Diagnostics.Count == 0 ? (listing, []) : (null, fields.Diagnostics);
    }

    private string? DescriptionLanguage(YamlFields fields, YamlMappingNode map)
    {
        var code = fields.Text(map, "description_language")?.ToLowerInvariant();
        if (code is null || taxonomy[VocabularyNames.Languages].Contains(code)) return code;
        fields.Error(YamlFields.Get(map, "description_language")!,
            $"'description_language' must be a language id like es{Suggestions.Hint(code, taxonomy[VocabularyNames.Languages].Ids)}");
        return null;
    }

    /// <summary>A term field, whose key is its vocabulary's name.</summary>
    private IReadOnlyList<string> Terms(YamlFields fields, YamlMappingNode map, string key, bool required)
    {
        var vocabulary = taxonomy[key];
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

    /// <summary><c>source</c>: one directory as a group of fields, or a list of them for a listing merged from several.</summary>
    private static IReadOnlyList<ListingSource> Sources(YamlFields fields, YamlMappingNode map)
    {
        var sources = new List<ListingSource>();
        foreach (var source in fields.Maps(map, "source"))
        {
            fields.UnknownKeys(source, ["name", "year", "imported"], " in 'source'");
            var name = fields.Text(source, "name");
            if (string.IsNullOrWhiteSpace(name))
            {
                fields.Error(source, "'source' needs a 'name': the directory the listing came from");
                continue;
            }
            sources.Add(new ListingSource(name, fields.Int(source, "year", 1900, 2100), Date(fields, source, "imported")));
        }
        return sources;
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
