using IopFinder.Core.Common;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Content;

/// <summary>Splits a listing file into YAML front matter and Markdown body (Markdig finds the block, YamlDotNet parses it).</summary>
public static class FrontMatterParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>Parses a file's text; on failure returns the problem instead.</summary>
    public static (FrontMatterDocument? Document, Diagnostic? Problem) Parse(string path, string text)
    {
        text = text.TrimStart('\uFEFF');
        var markdown = Markdown.Parse(text, Pipeline);
        var block = markdown.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            return (null, new Diagnostic(path, 1,
                "no front matter: the file must start with a line '---', the listing's fields, and another '---'") { Code = ProblemCodes.FrontMatterMissing });
        }

        // The block spans the opening and closing '---'; the YAML is what lies between them.
        var blockText = text.Substring(block.Span.Start, block.Span.Length);
        var firstBreak = blockText.IndexOf('\n');
        var lastBreak = blockText.LastIndexOf('\n');
        var yaml = firstBreak >= 0 && lastBreak > firstBreak ? blockText[(firstBreak + 1)..lastBreak] : "";
        var lineOffset = block.Line + 1;
        // Blank lines around the body carry no meaning in Markdown; one canonical form lets a listing round-trip.
        var body = block.Span.End + 1 < text.Length ? text[(block.Span.End + 1)..].TrimStart('\r', '\n').TrimEnd() : "";
        if (body.Length > 0) body += "\n";

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Split(" at line")[0];
            return (null, new Diagnostic(path, (int)e.Start.Line + lineOffset, $"front matter is not valid YAML: {reason}")
            {
                Code = ProblemCodes.FrontMatterYaml, Args = [reason],
            });
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (null, new Diagnostic(path, lineOffset + 1, "front matter must be 'key: value' lines") { Code = ProblemCodes.FrontMatterLines });
        }
        return (new FrontMatterDocument(path, root, lineOffset, body), null);
    }
}
