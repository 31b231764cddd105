using IopFinder.Core.Fields;
using IopFinder.Core.Listings;
using IopFinder.Web.Hsds.Model;

namespace IopFinder.Web.Hsds;

/// <summary>
/// Every taxonomy term a listing names, as an attribute of its service pointing at the term: levels of care,
/// conditions, therapies, ages, formats, insurance, languages, accreditation, medications, populations,
/// genders and features, the term fields of the catalog's <see cref="FieldRegistry"/> in their order. <c>link_type</c> is the vocabulary.
/// Then each extra yes/no field the listing answers (<see cref="ExtraFields"/>): <c>link_type</c> is its key and <c>value</c> "true" or "false".
/// Nesting each term (a single service) makes a listing's document about twice as large, so lists leave it out.
/// </summary>
public static class HsdsAttributeMapper
{
    public static IReadOnlyList<HsdsAttribute> Map(Listing listing, HsdsCatalog catalog, bool nestTerms)
    {
        var serviceId = HsdsIds.Service(listing.Id);
        var attributes = new List<HsdsAttribute>();
        var fields = catalog.Snapshot.Index.Catalog.Fields;
        foreach (var field in fields.TermFields)
        {
            var vocabulary = field.Vocabulary!;
            foreach (var id in listing.Terms[vocabulary].Distinct())
            {
                // Ids are checked against the taxonomy on load; one it lacks has no term to point at.
                if (catalog.Term(vocabulary, id) is not { } term) continue;
                attributes.Add(new HsdsAttribute(HsdsIds.Attribute(listing.Id, vocabulary, id), serviceId, vocabulary, "service", term.Id, nestTerms ? term : null));
            }
        }
        foreach (var field in fields.Extras)
        {
            if (field.Get(listing) is not bool answer) continue;
            attributes.Add(new HsdsAttribute(HsdsIds.Attribute(listing.Id, HsdsIds.FieldsTaxonomy, field.Key), serviceId, field.Key, "service",
                HsdsIds.TaxonomyTerm(HsdsIds.FieldsTaxonomy, field.Key), null, answer ? "true" : "false"));
        }
        return attributes;
    }
}
