using IopFinder.Core.Common;
using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Core.Tests.Support;

/// <summary>Small in-memory catalogs for tests, written as front matter with sensible defaults.</summary>
public static class TestCatalog
{
    private static readonly Lazy<IopFinder.Core.Taxonomy.Taxonomy> LazyTaxonomy = new(() =>
        TaxonomyLoader.Load(Repo.TaxonomyFile, "taxonomy.yml").Taxonomy ?? throw new InvalidOperationException("bundled taxonomy is invalid"));

    public static IopFinder.Core.Taxonomy.Taxonomy Taxonomy => LazyTaxonomy.Value;

    /// <summary>Front matter for one listing: defaults, with each given top-level key replacing the default.</summary>
    public static string FrontMatter(string name, params string[] fields)
    {
        var keys = new Dictionary<string, string>
        {
            ["name"] = $"name: {name}",
            ["levels_of_care"] = "levels_of_care: [iop]",
            ["conditions"] = "conditions: [depression]",
            ["formats"] = "formats: [in-person]",
            ["locations"] = "locations:\n  - city: Cambridge\n    state: MA\n    zip: \"02139\"",
        };
        foreach (var field in fields)
        {
            var key = field[..field.IndexOf(':')];
            keys[key] = field;
        }
        return "---\n" + string.Join("\n", keys.Values.Where(v => v.Length > 0 && !v.EndsWith(":-"))) + "\n---\n";
    }

    /// <summary>Validates and derives one listing, failing the test on any problem.</summary>
    public static Listing Listing(string id, string text)
    {
        var (listing, problems) = Validate(id, text);
        Assert.True(listing is not null, string.Join("\n", problems));
        return new ListingDeriver(ZipTable.Default).Derive(listing!);
    }

    public static (Listing? Listing, IReadOnlyList<Diagnostic> Problems) Validate(string id, string text)
    {
        var (document, problem) = FrontMatterParser.Parse($"programs/{id}.md", text);
        if (document is null) return (null, [problem!]);
        return new ListingValidator(Taxonomy, ZipTable.Default).Validate(id, document);
    }

    public static CatalogIndex Index(params (string Id, string Text)[] listings)
    {
        var catalog = new Catalog(Taxonomy, listings.Select(l => Listing(l.Id, l.Text)).OrderBy(l => l.Id, StringComparer.Ordinal).ToList(), []);
        return new CatalogIndex(catalog, ZipTable.Default);
    }

    /// <summary>A location block for a ZIP (city and state taken from the ZIP table).</summary>
    public static string At(params string[] zips) =>
        "locations:\n" + string.Concat(zips.Select(zip =>
        {
            var place = ZipTable.Default.Find(zip)!;
            return $"  - city: {place.City}\n    state: {place.State}\n    zip: \"{zip}\"\n";
        })).TrimEnd('\n');

    public static string Track(string days, string start, string end, string name = "Track") =>
        $"  - track: {name}\n    days: [{days}]\n    start: \"{start}\"\n    end: \"{end}\"";

    public static string Schedule(params string[] tracks) => "schedule:\n" + string.Join("\n", tracks);

    public static IReadOnlyList<string> Ids(this SearchResults results) => results.Hits.Select(h => h.Listing.Id).ToList();
}
