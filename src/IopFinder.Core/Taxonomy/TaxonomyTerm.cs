namespace IopFinder.Core.Taxonomy;

/// <summary>One controlled term: an id listings use, a label people read, a plain description, synonyms search uses.</summary>
public sealed record TaxonomyTerm(string Id, string Label, string Description, IReadOnlyList<string> Synonyms);
