using IopFinder.Core.Fields;
using IopFinder.Web.Shared.Wording;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Web.Manage.Review;

/// <summary>One side of a field in the review diff: plain words when the value is a word or a list of terms, else its YAML lines.</summary>
public sealed record FieldDisplay(string? Plain, string? Block, bool Absent)
{
    /// <summary>A field's written text (<c>key: value</c> lines) as a maintainer reads it; term ids become their labels.</summary>
    public static FieldDisplay Of(string key, string? written, FieldRegistry fields, TermWords terms)
    {
        if (written is null) return new FieldDisplay(null, null, true);
        var value = Value(written);
        var vocabulary = fields.Find(key)?.Vocabulary;
        return value switch
        {
            YamlScalarNode scalar => new FieldDisplay(scalar.Value ?? "", null, false),
            YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode) => new FieldDisplay(string.Join(", ",
                list.Children.Select(c => ((YamlScalarNode)c).Value ?? "").Select(id => vocabulary is null ? id : terms.Label(vocabulary, id))), null, false),
            _ => new FieldDisplay(null, written, false),
        };
    }

    private static YamlNode? Value(string written)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(written));
        }
        catch (YamlException)
        {
            return null;
        }
        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode { Children.Count: 1 } root ? root.Children.Values.First() : null;
    }
}
