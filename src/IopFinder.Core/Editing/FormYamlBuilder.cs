using System.Text;
using IopFinder.Core.Fields;

namespace IopFinder.Core.Editing;

/// <summary>
/// Writes a read form as a listing file for the content validator: one value per line, every value
/// double-quoted, each line remembered with the form key it came from. Required fields the form left
/// out are written empty, so "missing required field" lands on that field's input; each list entry
/// and each group starts on its key's line (an anchor), so "a track needs 'days'" lands on the entry.
/// </summary>
internal static class FormYamlBuilder
{
    // The fields every listing must give: the validator requires the same ones.
    private static readonly string[] RequiredKeys = [.. ListingFields.All.Where(f => f.Required).Select(f => f.Key)];

    public static FormYaml Build(PostedForm form, IReadOnlyList<FieldChunk> carried)
    {
        var lines = new FormLineMap();
        var text = new StringBuilder();
        void Line(string key, string line)
        {
            lines.Add(key);
            text.Append(line).Append('\n');
        }

        Line("", "---");
        var fields = form.Values.GroupBy(v => v.Key.Field, StringComparer.Ordinal).ToList();
        foreach (var key in RequiredKeys.Where(k => fields.All(f => f.Key != k))) Line(key, key + ":");
        var anchors = 0;
        foreach (var field in fields)
        {
            var first = field.First().Key;
            if (first.Index is not null)
            {
                Line(field.Key, field.Key + ":");
                var entries = field.GroupBy(v => v.Key.Index!.Value).Where(e => e.Any(v => v.Values.Count > 0)).OrderBy(e => e.Key);
                foreach (var entry in entries)
                {
                    // The anchor gives the entry a line of its own: problems with the entry as a whole are reported there.
                    Line(entry.First().Key.Entry, $"  - &e{anchors++}");
                    foreach (var part in Parts(entry)) Values(Line, part.Name, part.Key.Part!, part.Values, "    ");
                }
            }
            else if (first.Part is not null)
            {
                // A browser posts every text input: a group left all empty (no contact yet) is a group not given.
                if (field.All(v => v.Values.Count == 0)) continue;
                // As for entries: the anchor puts the group's node on the field's line ("'program_weeks' needs both").
                Line(field.Key, $"{field.Key}: &e{anchors++}");
                foreach (var part in Parts(field)) Values(Line, part.Name, part.Key.Part!, part.Values, "  ");
            }
            else
            {
                Values(Line, field.Key, field.Key, [.. field.SelectMany(v => v.Values)], "");
            }
        }
        foreach (var chunk in carried.Where(c => CarriedFields.Contains(c.Key)))
        {
            foreach (var line in chunk.Text.TrimEnd('\n').Split('\n')) Line(chunk.Key, line);
        }
        Line("", "---");
        foreach (var line in form.Body.Split('\n')) Line(FormKey.Body, line);
        return new FormYaml(text.ToString(), lines);
    }

    /// <summary>The parts of a group or entry, values of a repeated input name together.</summary>
    private static IEnumerable<PostedValue> Parts(IEnumerable<PostedValue> values) =>
        values.GroupBy(v => v.Key.Part!, StringComparer.Ordinal)
            .Select(g => g.First() with { Values = [.. g.SelectMany(v => v.Values)] });

    /// <summary>No value: an empty key; one: <c>key: "value"</c>; several: a list, one item a line.</summary>
    private static void Values(Action<string, string> line, string formKey, string yamlKey, IReadOnlyList<string> values, string indent)
    {
        if (values.Count == 1)
        {
            line(formKey, $"{indent}{yamlKey}: {FormText.Quote(values[0])}");
            return;
        }
        line(formKey, $"{indent}{yamlKey}:");
        foreach (var value in values) line(formKey, $"{indent}  - {FormText.Quote(value)}");
    }
}
