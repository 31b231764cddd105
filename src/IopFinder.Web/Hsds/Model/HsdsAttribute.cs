namespace IopFinder.Web.Hsds.Model;

/// <summary>
/// An HSDS <c>attribute</c>: a service names one of our taxonomy terms (a condition, a therapy, an insurance...).
/// The term itself is nested only in a single service; lists carry its id (the terms are at <c>/hsds/taxonomy_terms</c>).
/// A yes/no field registered beyond the built-in ones is an attribute too, its answer in <see cref="Value"/>.
/// </summary>
public sealed record HsdsAttribute(Guid Id, Guid LinkId, string LinkType, string LinkEntity, Guid TaxonomyTermId, HsdsTaxonomyTerm? TaxonomyTerm,
    string? Value = null);
