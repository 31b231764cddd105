namespace IopFinder.Core.Listings;

/// <summary>The term ids a listing names from one vocabulary (its front-matter key is the vocabulary's name).</summary>
public sealed record TermList(string Vocabulary, IReadOnlyList<string> Ids);
