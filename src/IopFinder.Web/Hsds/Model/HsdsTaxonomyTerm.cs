namespace IopFinder.Web.Hsds.Model;

/// <summary>An HSDS <c>taxonomy_term</c>: one term of a vocabulary; <c>code</c> is the id listings use, the parent its broader term.</summary>
public sealed record HsdsTaxonomyTerm
{
    public required Guid Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public Guid? ParentId { get; init; }
    public required string Taxonomy { get; init; }
    public required Guid TaxonomyId { get; init; }
    public required string Language { get; init; }
}
