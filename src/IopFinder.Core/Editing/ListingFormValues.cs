using IopFinder.Core.Content;
using IopFinder.Core.Listings;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Editing;

/// <summary>
/// A listing as the editor's inputs, named by YAML key: the inverse of <see cref="ListingFormReader"/>,
/// so a form filled from a listing and posted unchanged reads back as the same listing. Fields the
/// portal keeps (<see cref="CarriedFields"/>) are not inputs.
/// </summary>
public static class ListingFormValues
{
    /// <summary>The inputs of a listing, in canonical field order, each with its values.</summary>
    public static IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Of(Listing listing) => Of(ListingWriter.Write(listing));

    /// <summary>The inputs of a listing file; none when the file has no readable front matter.</summary>
    public static IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Of(string fileText)
    {
        var (document, _) = FrontMatterParser.Parse("", fileText);
        if (document is null) return [];
        var inputs = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        void Add(string name, IReadOnlyList<string> values) => inputs.Add(new(name, values));
        foreach (var (keyNode, node) in document.FrontMatter.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (CarriedFields.Contains(key)) continue;
            switch (node)
            {
                case YamlMappingNode group:
                    foreach (var (part, value) in Parts(group)) Add($"{key}.{part}", value);
                    break;
                case YamlSequenceNode { Children: var items } when items.Count > 0 && items.All(i => i is YamlMappingNode):
                    for (var i = 0; i < items.Count; i++)
                    {
                        foreach (var (part, value) in Parts((YamlMappingNode)items[i])) Add($"{key}[{i}].{part}", value);
                    }
                    break;
                default:
                    Add(key, Scalars(node));
                    break;
            }
        }
        Add(FormKey.Body, [document.Body.TrimEnd('\n')]);
        return inputs;
    }

    private static IEnumerable<(string Part, IReadOnlyList<string> Values)> Parts(YamlMappingNode group) =>
        group.Children.Select(p => ((p.Key as YamlScalarNode)?.Value ?? "", Scalars(p.Value)));

    /// <summary>A value or a list of values; other shapes have no input.</summary>
    private static IReadOnlyList<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } value } => [value],
        YamlSequenceNode sequence => [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")],
        _ => [],
    };
}
