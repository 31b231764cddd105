using IopFinder.Core.Filtering;
using IopFinder.Core.Listings;
using IopFinder.Web.Hsds.Model;

namespace IopFinder.Web.Hsds;

/// <summary>
/// Every taxonomy term a listing names, as an attribute of its service pointing at the term: conditions,
/// therapies, medications, insurance, formats, levels of care, ages, genders, populations, languages,
/// accreditation and features, in the order of the site's filters. <c>link_type</c> is the vocabulary.
/// Nesting each term (a single service) makes a listing's document about twice as large, so lists leave it out.
/// </summary>
public static class HsdsAttributeMapper
{
    private static readonly IReadOnlyList<FilterDefinition> TermFilters = [.. Filters.TermFilters.Where(f => f.Vocabulary is not null)];

    public static IReadOnlyList<HsdsAttribute> Map(Listing listing, HsdsCatalog catalog, bool nestTerms)
    {
        var serviceId = HsdsIds.Service(listing.Id);
        var attributes = new List<HsdsAttribute>();
        foreach (var filter in TermFilters)
        {
            var vocabulary = filter.Vocabulary!;
            foreach (var id in filter.Read!(listing).Distinct())
            {
                // Ids are checked against the taxonomy on load; one it lacks has no term to point at.
                if (catalog.Term(vocabulary, id) is not { } term) continue;
                attributes.Add(new HsdsAttribute(HsdsIds.Attribute(listing.Id, vocabulary, id), serviceId, vocabulary, "service", term.Id, nestTerms ? term : null));
            }
        }
        return attributes;
    }
}
