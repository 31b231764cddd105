using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Editing;

/// <summary>
/// A listing file cut into its top-level fields, each as its written lines, and put back together.
/// Two listings written canonically differ in a field exactly when that field's text differs.
/// </summary>
public static class FieldChunks
{
    /// <summary>The fields of a file in file order, then <c>body</c>; a file without readable front matter is one chunk under "".</summary>
    public static IReadOnlyList<FieldChunk> Of(string fileText)
    {
        var text = fileText.Replace("\r\n", "\n").TrimStart('\uFEFF');
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return [new FieldChunk("", text)];
        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var end = close >= 0 ? close : text.EndsWith("\n---", StringComparison.Ordinal) ? text.Length - 4 : -1;
        if (end < 0) return [new FieldChunk("", text)];
        var yaml = text[4..(end + 1)];
        var body = close >= 0 ? text[(close + 5)..] : "";

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return [new FieldChunk("", text)];
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return [new FieldChunk("", text)];

        var starts = root.Children.Keys.Select(k => ((k as YamlScalarNode)?.Value ?? "", Start: (int)k.Start.Index)).ToList();
        var chunks = new List<FieldChunk>();
        for (var i = 0; i < starts.Count; i++)
        {
            var stop = i + 1 < starts.Count ? starts[i + 1].Start : yaml.Length;
            chunks.Add(new FieldChunk(starts[i].Item1, yaml[starts[i].Start..stop]));
        }
        chunks.Add(new FieldChunk(FormKey.Body, body));
        return chunks;
    }

    /// <summary>A file of these chunks: the fields between '---' lines, then the body.</summary>
    public static string Join(IEnumerable<FieldChunk> chunks)
    {
        var list = chunks.ToList();
        var fields = string.Concat(list.Where(c => c.Key != FormKey.Body).Select(c => c.Text.EndsWith('\n') ? c.Text : c.Text + "\n"));
        return "---\n" + fields + "---\n" + (list.FirstOrDefault(c => c.Key == FormKey.Body)?.Text ?? "");
    }

    /// <summary>The file with these fields set to their <see cref="FieldChange.After"/> (removed when null), the others as they are.</summary>
    public static string Apply(string fileText, IEnumerable<FieldChange> changes)
    {
        var chunks = Of(fileText).ToList();
        foreach (var change in changes)
        {
            var at = chunks.FindIndex(c => c.Key == change.Key);
            var text = change.After is null ? null : change.After + "\n";
            if (at >= 0 && text is null && change.Key != FormKey.Body) chunks.RemoveAt(at);
            else if (at >= 0) chunks[at] = new FieldChunk(change.Key, text ?? "");
            else if (text is not null) chunks.Insert(Math.Max(0, chunks.FindIndex(c => c.Key == FormKey.Body)), new FieldChunk(change.Key, text));
        }
        return Join(chunks);
    }
}
