using System.Runtime.CompilerServices;
using IopFinder.Core.Listings;
using IopFinder.Web.Discovery;
using IopFinder.Web.Hsds.Model;
using IopFinder.Web.Shared.Catalogs;

namespace IopFinder.Web.Hsds;

/// <summary>
/// One catalog snapshot as HSDS sees it: listings by service id, sites by service-at-location id, the
/// taxonomies and terms with their ids, and when each listing file was written. Built on the first HSDS
/// request for a snapshot and dropped with it.
/// </summary>
public sealed class HsdsCatalog
{
    private static readonly ConditionalWeakTable<CatalogSnapshot, HsdsCatalog> BySnapshot = new();

    private readonly Dictionary<Guid, Listing> _byServiceId;
    private readonly Lazy<Dictionary<Guid, HsdsSite>> _sitesById;
    private readonly Dictionary<Guid, HsdsTaxonomy> _taxonomiesById;
    private readonly Dictionary<Guid, (string Vocabulary, HsdsTaxonomyTerm Term)> _termsById;
    private readonly Dictionary<(string Vocabulary, string Code), HsdsTaxonomyTerm> _termsByCode;

    private HsdsCatalog(CatalogSnapshot snapshot)
    {
        Snapshot = snapshot;
        var catalog = snapshot.Index.Catalog;
        _byServiceId = catalog.Listings.ToDictionary(l => HsdsIds.Service(l.Id));
        _sitesById = new(() => catalog.Listings.SelectMany(HsdsSite.All).ToDictionary(s => s.Id));
        var vocabularies = catalog.Taxonomy.Vocabularies.OrderBy(v => v.Name, StringComparer.Ordinal).ToList();
        Taxonomies = [.. vocabularies.Select(v => new HsdsTaxonomy(HsdsIds.Taxonomy(v.Name), v.Name, HsdsWords.Vocabulary(v.Name)))];
        Terms = [.. vocabularies.SelectMany(v => v.Terms.Select(t => new HsdsTaxonomyTerm
        {
            Id = HsdsIds.TaxonomyTerm(v.Name, t.Id),
            Code = t.Id,
            Name = t.Label,
            Description = t.Description,
            ParentId = t.Broader is { } broader ? HsdsIds.TaxonomyTerm(v.Name, broader) : null,
            Taxonomy = v.Name,
            TaxonomyId = HsdsIds.Taxonomy(v.Name),
            Language = "en",
        }))];
        _taxonomiesById = Taxonomies.ToDictionary(t => t.Id);
        _termsById = Terms.ToDictionary(t => t.Id, t => (t.Taxonomy, t));
        _termsByCode = Terms.ToDictionary(t => (t.Taxonomy, t.Code));
    }

    /// <summary>The HSDS view of a snapshot, built once.</summary>
    public static HsdsCatalog Of(CatalogSnapshot snapshot) => BySnapshot.GetValue(snapshot, s => new HsdsCatalog(s));

    public CatalogSnapshot Snapshot { get; }

    /// <summary>One taxonomy per vocabulary, by name.</summary>
    public IReadOnlyList<HsdsTaxonomy> Taxonomies { get; }

    /// <summary>Every term, vocabulary by vocabulary, each in file order.</summary>
    public IReadOnlyList<HsdsTaxonomyTerm> Terms { get; }

    public Listing? Service(Guid id) => _byServiceId.GetValueOrDefault(id);

    public HsdsSite? Site(Guid id) => _sitesById.Value.TryGetValue(id, out var site) ? site : null;

    public HsdsTaxonomy? Taxonomy(Guid id) => _taxonomiesById.GetValueOrDefault(id);

    public HsdsTaxonomyTerm? Term(Guid id) => _termsById.TryGetValue(id, out var entry) ? entry.Term : null;

    public HsdsTaxonomyTerm? Term(string vocabulary, string code) => _termsByCode.GetValueOrDefault((vocabulary, code));

    /// <summary>When the listing's file was last written; null when unknown.</summary>
    public DateTimeOffset? Modified(Listing listing) =>
        Snapshot.Index.Catalog.Files.TryGetValue(listing.SourcePath, out var file) ? file.Modified : null;
}
