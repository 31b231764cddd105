using IopFinder.Core.Common;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Fields;

/// <summary>What a field reads from: one file's front matter and body, the problems found so far, the taxonomy and ZIP table.</summary>
internal sealed record FieldReading(YamlFields Fields, YamlMappingNode Map, string Body, Taxonomy.Taxonomy Taxonomy, ZipTable Zips)
{
    /// <summary>
    /// The term lists read so far. Term fields add to it rather than copying the listing once each;
    /// <see cref="Complete"/> puts them on the listing in one step.
    /// </summary>
    public List<TermList> Terms { get; } = [];

    /// <summary>The listing with the term lists read.</summary>
    public Listing Complete(Listing listing) => listing with { Terms = ListingTerms.Of(Terms) };
}
