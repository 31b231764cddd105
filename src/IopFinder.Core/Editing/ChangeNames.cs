using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Editing;

/// <summary>
/// Names of changed fields as people read them in a commit message or audit line: a changed group
/// names its changed parts (<c>contact.phone</c>), any other field its key (<c>schedule</c>).
/// </summary>
public static class ChangeNames
{
    /// <summary>The names, in the order of the changes.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<FieldChange> changes) => [.. changes.SelectMany(Names).Distinct()];

    private static IEnumerable<string> Names(FieldChange change)
    {
        var before = Group(change.Before);
        var after = Group(change.After);
        if ((before is null && change.Before is not null) || (after is null && change.After is not null)) return [change.Key];
        var parts = (before?.Keys ?? Enumerable.Empty<string>()).Union(after?.Keys ?? Enumerable.Empty<string>())
            .Where(k => before?.GetValueOrDefault(k) != after?.GetValueOrDefault(k))
            .Select(k => $"{change.Key}.{k}")
            .ToList();
        return parts.Count > 0 ? parts : [change.Key];
    }

    /// <summary>The parts of a field written as a group of <c>key: value</c> lines, each as text; null for any other field.</summary>
    private static Dictionary<string, string>? Group(string? chunk)
    {
        if (chunk is null) return null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(chunk));
        }
        catch (YamlException)
        {
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode { Children.Count: 1 } root) return null;
        if (root.Children.Values.First() is not YamlMappingNode group) return null;
        return group.Children.ToDictionary(p => (p.Key as YamlScalarNode)?.Value ?? "", p => p.Value.ToString(), StringComparer.Ordinal);
    }
}
