using System.Globalization;
using IopFinder.Core.Common;
using IopFinder.Core.Geo;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Core.Fields;

/// <summary>Reads and checks the single-value and list fields; every problem names its key.</summary>
internal static class FieldReaders
{
    /// <summary>Text, reported when required and missing.</summary>
    public static string? Text(FieldReading r, string key, bool required)
    {
        var text = r.Fields.Text(r.Map, key);
        if (required && string.IsNullOrWhiteSpace(text)) r.Fields.Error(r.Fields.KeyLine(r.Map, key), $"missing required field '{key}'", key, ProblemCodes.Required, key);
        return text;
    }

    /// <summary>A term field, whose key is its vocabulary's name: known ids, each once, in the listing's order.</summary>
    public static IReadOnlyList<string> Terms(FieldReading r, string key, bool required, IReadOnlyList<string> absent)
    {
        var vocabulary = r.Taxonomy[key];
        var values = r.Fields.List(r.Map, key);
        if (values.Count == 0 && YamlFields.Get(r.Map, key) is null && absent.Count > 0) return absent;
        if (required && values.Count == 0)
        {
            var some = $"{string.Join(", ", vocabulary.Ids.Take(8))}{(vocabulary.Terms.Count > 8 ? ", ..." : "")}";
            r.Fields.Error(r.Fields.KeyLine(r.Map, key), $"missing required field '{key}' (at least one of: {some})", key, ProblemCodes.RequiredTerms, key, some);
        }
        var result = new List<string>();
        foreach (var (value, node) in values)
        {
            if (!vocabulary.Contains(value))
            {
                var near = Suggestions.Closest(value, vocabulary.Ids);
                r.Fields.Error(node, $"unknown {key.Replace('_', ' ')} term '{value}'{Suggestions.Hint(near)}", key, ProblemCodes.UnknownTerm, key.Replace('_', ' '), value, near ?? "");
            }
            else if (!result.Contains(value))
            {
                result.Add(value);
            }
        }
        return result;
    }

    /// <summary>Two-letter US states, upper-cased, each once.</summary>
    public static IReadOnlyList<string> States(FieldReading r, string key)
    {
        var result = new List<string>();
        foreach (var (value, node) in r.Fields.List(r.Map, key))
        {
            var code = value.ToUpperInvariant();
            if (!UsStates.IsValid(code))
            {
                var near = Suggestions.Closest(code, UsStates.Names.Keys);
                r.Fields.Error(node, $"'{value}' in '{key}' is not a two-letter US state{Suggestions.Hint(near)}", key, ProblemCodes.State, value, key, near ?? "");
            }
            else if (!result.Contains(code))
            {
                result.Add(code);
            }
        }
        return result;
    }

    /// <summary>Lines of free text.</summary>
    public static IReadOnlyList<string> TextList(FieldReading r, string key) => [.. r.Fields.List(r.Map, key).Select(s => s.Value)];

    /// <summary>A date like 2026-10-01 under <paramref name="key"/> of the mapping being read.</summary>
    public static DateOnly? Date(YamlFields fields, YamlDotNet.RepresentationModel.YamlMappingNode map, string key)
    {
        var text = fields.Text(map, key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        fields.Error(YamlFields.Get(map, key)!, $"'{key}' must be a date like 2026-10-01, not '{text}'", key, ProblemCodes.Date, key, text);
        return null;
    }

    /// <summary>A language id from the taxonomy, lower-cased.</summary>
    public static string? Language(FieldReading r, string key)
    {
        var code = r.Fields.Text(r.Map, key)?.ToLowerInvariant();
        var languages = r.Taxonomy[VocabularyNames.Languages];
        if (code is null || languages.Contains(code)) return code;
        var near = Suggestions.Closest(code, languages.Ids);
        r.Fields.Error(YamlFields.Get(r.Map, key)!, $"'{key}' must be a language id like es{Suggestions.Hint(near)}", key, ProblemCodes.Language, key, near ?? "");
        return null;
    }
}
