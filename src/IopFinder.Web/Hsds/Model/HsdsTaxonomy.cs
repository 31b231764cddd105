namespace IopFinder.Web.Hsds.Model;

/// <summary>An HSDS <c>taxonomy</c>: one vocabulary of <c>taxonomy.yml</c>.</summary>
public sealed record HsdsTaxonomy(Guid Id, string Name, string Description);
