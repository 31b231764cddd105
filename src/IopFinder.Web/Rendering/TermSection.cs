using IopFinder.Core.Taxonomy;

namespace IopFinder.Web.Rendering;

/// <summary>A program-page section listing terms with their plain-language descriptions.</summary>
public sealed record TermSection(string Heading, IReadOnlyList<string> Ids, IReadOnlyList<TaxonomyTerm?> Terms, string Empty)
{
    public static TermSection Of(string heading, IReadOnlyList<string> ids, string empty, params Vocabulary[] vocabularies) =>
        new(heading, ids, ids.Select(id => vocabularies.Select(v => v.Find(id)).FirstOrDefault(t => t is not null)).ToList(), empty);
}
