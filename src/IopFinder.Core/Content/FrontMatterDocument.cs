using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Content;

/// <summary>A listing file split into its parsed front matter and its Markdown body.</summary>
/// <param name="Path">Path relative to the content folder.</param>
/// <param name="FrontMatter">The YAML mapping between the <c>---</c> lines.</param>
/// <param name="LineOffset">Add to a YAML line (1-based) to get the file line.</param>
/// <param name="Body">The Markdown after the front matter.</param>
public sealed record FrontMatterDocument(string Path, YamlMappingNode FrontMatter, int LineOffset, string Body);
