using IopFinder.Core.Listings;

namespace IopFinder.Core.Content;

/// <summary>A loaded catalog: the valid listings in id order and every problem found on the way.</summary>
/// <param name="Taxonomy">The vocabularies the listings were checked against.</param>
/// <param name="Listings">Valid, derived listings ordered by id.</param>
/// <param name="Problems">Every listing left out, as <c>path:line: message</c>.</param>
public sealed record Catalog(Taxonomy.Taxonomy Taxonomy, IReadOnlyList<Listing> Listings, IReadOnlyList<Diagnostic> Problems);
