using IopFinder.Web.Wording;

namespace IopFinder.Web.Rendering;

/// <summary>A program-page section listing terms with their plain-language descriptions.</summary>
public sealed record TermSection(string Heading, IReadOnlyList<(string Label, string? Description)> Terms, string Empty)
{
    /// <summary>The terms of the first vocabulary that has each id, in the reader's language.</summary>
    public static TermSection Of(string heading, IReadOnlyList<string> ids, string empty, TermWords words, params string[] vocabularies) =>
        new(heading, [.. ids.Select(id => vocabularies.Select(v => (Label: words.Label(v, id), Description: words.Description(v, id))).FirstOrDefault(t => t.Description is not null, (id, null)))], empty);
}
