using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Programs;

/// <summary>A program-page section listing terms with their plain-language descriptions.</summary>
/// <param name="Id">The heading's id, the same in every language.</param>
public sealed record TermSection(string Id, string Heading, IReadOnlyList<(string Label, string? Description)> Terms, string Empty)
{
    /// <summary>The terms of the first vocabulary that has each id, in the reader's language.</summary>
    public static TermSection Of(string id, string heading, IReadOnlyList<string> ids, string empty, TermWords words, params string[] vocabularies) =>
        new(id, heading, [.. ids.Select(term => vocabularies.Select(v => (Label: words.Label(v, term), Description: words.Description(v, term))).FirstOrDefault(t => t.Description is not null, (term, null)))], empty);
}
