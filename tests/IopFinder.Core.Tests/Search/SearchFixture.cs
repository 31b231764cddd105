using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;
using static IopFinder.Core.Tests.Support.TestCatalog;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Tests.Search;

/// <summary>A small catalog around Cambridge, MA (02139) where each listing exercises some filters.</summary>
public sealed class SearchFixture : IDisposable
{
    public SearchFixture()
    {
        Index = TestCatalog.Index(
            ("cambridge-dbt", FrontMatter("Riverside Teen DBT",
                "conditions: [borderline-personality, self-harm]", "modalities: [dbt]", "ages: [adolescents]",
                "insurance: [medicaid]", "languages: [en, es]", "accreditation: [joint-commission]", "features: [family-involvement]",
                Schedule(Track("mon, wed", "16:00", "19:00")), "accepting_new_patients: true")),
            ("boston-evening", FrontMatter("Harbor Evening IOP", "conditions: [depression, anxiety]", "modalities: [cbt]",
                "insurance: [bcbs]", At("02108"), Schedule(Track("mon, tue, wed, thu", "17:30", "20:30")), "accepting_new_patients: false")),
            ("worcester-morning", FrontMatter("Worcester Morning IOP", "conditions: [depression]", "modalities: [cbt, group-therapy]",
                "insurance: [medicaid, medicare]", At("01608"), Schedule(Track("mon, tue, wed, thu, fri", "09:00", "12:00")))),
            ("virtual-ma", FrontMatter("Bay Virtual IOP", "conditions: [depression, ptsd]", "formats: [virtual]", "virtual_states: [MA, NH]",
                "locations: []", "insurance: [medicaid]", Schedule(Track("mon, tue, wed", "18:00", "21:00")), "accepting_new_patients: true")),
            ("virtual-ny", FrontMatter("Empire Virtual IOP", "conditions: [depression]", "formats: [virtual]", "virtual_states: [NY]", "locations: []")),
            ("hybrid-far", FrontMatter("Pioneer Valley Hybrid IOP", "conditions: [depression]", "formats: [hybrid]", "virtual_states: [MA]", At("01103"),
                Schedule(Track("sat", "09:00", "13:00")))),
            ("two-sites", FrontMatter("Two Rivers Recovery", "conditions: [substance-use]", At("37902", "02138"),
                Schedule(Track("mon, wed, fri", "09:00", "12:00"), Track("sat", "10:00", "13:00")))),
            ("depression-name", FrontMatter("Depression Recovery Center", "conditions: [grief]", At("37902"))),
            ("body-mention", FrontMatter("Sunrise Program", "conditions: [anxiety]", At("37902")) + "We sometimes see depression.\n"));
    }

    public CatalogIndex Index { get; }

    public SearchResults Search(SearchQuery query) => Index.Search(query with { Size = 100 });

    public SearchResults Search(string queryString)
    {
        var pairs = queryString.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var parts = p.Split('=', 2);
            return new KeyValuePair<string, string?>(parts[0], Uri.UnescapeDataString(parts.Length > 1 ? parts[1] : ""));
        });
        var parsed = new SearchQueryParser(TestCatalog.Taxonomy).Parse(pairs.Append(new("size", "100")));
        Assert.Empty(parsed.Errors);
        return Index.Search(parsed.Query);
    }

    public void Dispose() => Index.Dispose();
}
