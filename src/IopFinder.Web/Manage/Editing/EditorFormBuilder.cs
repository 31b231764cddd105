using System.Globalization;
using IopFinder.Core.Editing;
using IopFinder.Core.Fields;

namespace IopFinder.Web.Manage.Editing;

/// <summary>
/// Builds the editor form from the field model: every field of the site's <see cref="FieldRegistry"/> (from DI) except those the
/// portal keeps (<see cref="CarriedFields"/>), with empty entries after a list's own so staff can add one without script.
/// </summary>
public static class EditorFormBuilder
{
    /// <summary>Empty schedule tracks shown after the listing's own.</summary>
    public const int SpareTracks = 3;

    /// <summary>Empty locations and lines shown after the listing's own.</summary>
    public const int SpareEntries = 1;

    /// <summary>The form for these input values (a listing's, or as posted).</summary>
    public static EditorForm Build(FieldRegistry registry, string version, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> values, IReadOnlyList<FormProblem> problems)
    {
        // A length in weeks may be one number; the form shows it as shortest and longest alike.
        values = values.SelectMany(p => p.Key == "program_weeks"
            ? new KeyValuePair<string, IReadOnlyList<string>>[] { new("program_weeks.min", p.Value), new("program_weeks.max", p.Value) }
            : [p]);
        var lookup = values.SelectMany(p => p.Value.Select(v => (p.Key, Value: v))).ToLookup(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var fields = registry.All.Where(f => !CarriedFields.Contains(f.Key))
            .Select(f => new EditorField(f, Entries(f, lookup)))
            .ToList();
        return new EditorForm(version, fields, lookup, problems);
    }

    /// <summary>The empty form of a new listing.</summary>
    public static EditorForm Empty(FieldRegistry registry) => Build(registry, ListingVersion.None, [], []);

    private static int Entries(FieldDefinition field, ILookup<string, string> values) => field.Kind switch
    {
        FieldKind.Schedule => Count(field.Key, values) + SpareTracks,
        FieldKind.Locations => Count(field.Key, values) + SpareEntries,
        FieldKind.TextList => values[field.Key].Count() + SpareEntries,
        _ => 1,
    };

    /// <summary>The number of entries the values give a list field: one more than the highest index.</summary>
    private static int Count(string key, ILookup<string, string> values)
    {
        var prefix = key + "[";
        var indexes = values.Select(g => g.Key).Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => k[prefix.Length..k.IndexOf(']', StringComparison.Ordinal)])
            .Select(i => int.TryParse(i, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1);
        // A form re-shown after a hostile post must not render thousands of entries; the save already refused them.
        return Math.Min(indexes.DefaultIfEmpty(-1).Max() + 1, 50);
    }
}
