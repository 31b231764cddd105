using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Common;

/// <summary>
/// Typed, forgiving reads of YAML nodes that record a <see cref="Diagnostic"/> at the node's file line
/// for every value of the wrong shape, so one pass reports every problem in a file.
/// </summary>
internal sealed class YamlFields(string path, int lineOffset)
{
    private List<Diagnostic> _diagnostics = [];

    // The YAML key path of the mapping being read ("contact", "schedule[0]"), prefixed to the keys of its problems.
    private string _scope = "";

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The same file read inside the field at <paramref name="scope"/> (a full key path): problems name their keys under it.</summary>
    public YamlFields Within(string scope) => new(path, lineOffset) { _diagnostics = _diagnostics, _scope = scope };

    /// <summary>The key path of <paramref name="key"/> in the current scope; the scope itself without a key.</summary>
    public string? FieldOf(string? key) =>
        key is null ? (_scope.Length == 0 ? null : _scope) : _scope.Length == 0 ? key : $"{_scope}.{key}";

    public int LineOf(YamlNode node) => (int)node.Start.Line + lineOffset;

    /// <summary>The line of a key when the mapping has it, else the line of the opening '---'.</summary>
    public int KeyLine(YamlMappingNode map, string key)
    {
        var node = map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == key);
        return node is null ? lineOffset : LineOf(node);
    }

    /// <summary>
    /// A problem at a node, about <paramref name="key"/> in the current scope (the scope itself when null), with its code and
    /// arguments (<see cref="ProblemCodes"/>); <paramref name="message"/> is their English. Every problem has a code, so a page can word it.
    /// </summary>
    public void Error(YamlNode node, string message, string? key, string code, params string[] args) => Error(LineOf(node), message, key, code, args);

    public void Error(int line, string message, string? key, string code, params string[] args) =>
        _diagnostics.Add(new Diagnostic(path, line, message) { Field = FieldOf(key), Code = code, Args = args });

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node) ? node : null;

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    public string? Text(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return scalar.Value?.Trim();
        Error(node, $"'{key}' must be a single value", key, ProblemCodes.SingleValue, key);
        return null;
    }

    /// <summary>A list of scalars; a single scalar counts as a list of one.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> List(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return [(scalar.Value?.Trim() ?? "", scalar)];
            case YamlSequenceNode sequence:
                var items = new List<(string, YamlNode)>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)) items.Add((s.Value.Trim(), s));
                    else Error(item, $"'{key}' must be a list of single values", key, ProblemCodes.ListOfValues, key);
                }
                return items;
            default:
                Error(node, $"'{key}' must be a list like [a, b]", key, ProblemCodes.List, key);
                return [];
        }
    }

    public bool? Bool(YamlMappingNode map, string key)
    {
        var text = Text(map, key);
        if (text is null) return null;
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes": return true;
            case "false" or "no": return false;
            default:
                Error(Get(map, key)!, $"'{key}' must be true or false, not '{text}'", key, ProblemCodes.Bool, key, text);
                return null;
        }
    }

    public int? Int(YamlMappingNode map, string key, int min, int max)
    {
        var node = Get(map, key);
        var text = Text(map, key);
        if (node is null || text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        Error(node, $"'{key}' must be a whole number from {min} to {max}, not '{text}'", key, ProblemCodes.WholeNumber,
            key, min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture), text);
        return null;
    }

    public double? Double(YamlMappingNode map, string key, double min, double max)
    {
        var node = Get(map, key);
        var text = Text(map, key);
        if (node is null || text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        Error(node, $"'{key}' must be a number from {min} to {max}, not '{text}'", key, ProblemCodes.Number,
            key, min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture), text);
        return null;
    }

    public YamlMappingNode? Map(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null or YamlMappingNode) return node as YamlMappingNode;
        Error(node, $"'{key}' must be a group of 'key: value' lines", key, ProblemCodes.Group, key);
        return null;
    }

    /// <summary>Items of a list of mappings; a single mapping counts as a list of one.</summary>
    public IReadOnlyList<YamlMappingNode> Maps(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlMappingNode single:
                return [single];
            case YamlSequenceNode sequence:
                var items = new List<YamlMappingNode>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlMappingNode m) items.Add(m);
                    else Error(item, $"each entry of '{key}' must be a group of 'key: value' lines", key, ProblemCodes.EntryGroup, key);
                }
                return items;
            default:
                Error(node, $"'{key}' must be a list of entries starting with '-'", key, ProblemCodes.Entries, key);
                return [];
        }
    }

    /// <summary>
    /// Each entry of a list of mappings, checked for keys not in <paramref name="known"/>, with the fields read
    /// inside it: its problems name their keys under <c>key[i]</c> (<c>schedule[0].days</c>), as the editor names its inputs.
    /// </summary>
    public IEnumerable<(YamlMappingNode Entry, YamlFields Fields, int Index)> Entries(YamlMappingNode map, string key, IReadOnlyCollection<string> known, string where)
    {
        var entries = Maps(map, key);
        for (var i = 0; i < entries.Count; i++)
        {
            var fields = Within($"{FieldOf(key)}[{i}]");
            fields.UnknownKeys(entries[i], known, where);
            yield return (entries[i], fields, i);
        }
    }

    /// <summary>Reports keys not in <paramref name="known"/>, with a "did you mean".</summary>
    public void UnknownKeys(YamlMappingNode map, IReadOnlyCollection<string> known, string where)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                // The editor shows the problem at its input, which says where it is: the code needs only the name.
                var near = Suggestions.Closest(name, known);
                Error(key, $"unknown field '{name}'{where}{Suggestions.Hint(near)}", name, ProblemCodes.UnknownField, name, near ?? "");
            }
        }
    }
}
