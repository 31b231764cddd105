using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Tests.Search;

public class FacetTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    public static TheoryData<string> BaseQueries() =>
    [
        "",
        "condition=depression",
        "insurance=medicaid&condition=depression",
        "near=02139",
        "near=02139&format=in-person",
        "near=02139&format=virtual",
        "time=evening",
        "time=morning&day=sat",
        "day=mon&day=wed&max_hours=9",
        "accepting=true&near=02139",
        "q=depression",
        "q=depression&time=evening&insurance=medicaid",
        "day=mon&day=wed",
        "day=sat&time=morning&max_hours=3",
        "time=evening&day=mon&day=tue&day=wed",
        "near=02139&format=virtual&format=hybrid",
        "format=hybrid",
        "near=02139&radius=100&time=morning",
    ];

    /// <summary>The defining property: each count is the total the search would have with that value ticked.</summary>
    [Theory]
    [MemberData(nameof(BaseQueries))]
    public void Facets_EachCountEqualsTheTotalWithThatValueTicked(string baseQuery)
    {
        var results = fixture.Search(baseQuery);
        foreach (var (parameter, counts) in results.Facets)
        {
            foreach (var (value, count) in counts)
            {
                var ticked = fixture.Search(Tick(baseQuery, parameter, value));
                Assert.True(ticked.Total == count, $"{baseQuery} + {parameter}={value}: facet says {count}, search gives {ticked.Total}");
            }
        }
    }

    /// <summary>The same property over the bundled examples, whose variety reaches more paths.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("near=02139&radius=50")]
    [InlineData("near=Phoenix, AZ&radius=100&format=virtual")]
    [InlineData("condition=depression&condition=anxiety&time=evening")]
    [InlineData("day=mon&day=tue&day=wed&day=thu&max_hours=12")]
    [InlineData("insurance=medicaid&language=es&near=78701&radius=250")]
    [InlineData("q=trauma&accepting=true")]
    public void Facets_OnExampleCatalog_EachCountEqualsTheTotalWithThatValueTicked(string baseQuery)
    {
        using var index = new CatalogIndex(new IopFinder.Core.Content.CatalogLoader(IopFinder.Core.Geo.ZipTable.Default).Load(Repo.Examples), IopFinder.Core.Geo.ZipTable.Default);
        var parser = new SearchQueryParser(TestCatalog.Taxonomy);
        SearchResults Run(string q) => index.Search(parser.Parse(q.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=')).Select(p => new KeyValuePair<string, string?>(p[0], p[1]))).Query);
        foreach (var (parameter, counts) in Run(baseQuery).Facets)
        {
            foreach (var (value, count) in counts)
            {
                var total = Run(Tick(baseQuery, parameter, value)).Total;
                Assert.True(total == count, $"{baseQuery} + {parameter}={value}: facet says {count}, search gives {total}");
            }
        }
    }

    /// <summary>
    /// The query with one more value ticked. A filter with a default (level: iop) starts ticked on the
    /// form, so ticking another value keeps the default ticked too.
    /// </summary>
    private static string Tick(string baseQuery, string parameter, string value)
    {
        var defaults = IopFinder.Core.Filtering.Filters.Find(parameter)?.Default ?? [];
        var given = baseQuery.Split('&').Any(p => p.StartsWith(parameter + "=", StringComparison.Ordinal));
        var ticked = given ? [] : defaults.Select(d => $"&{parameter}={d}");
        return $"{baseQuery}{string.Concat(ticked)}&{parameter}={value}";
    }

    [Fact]
    public void Facets_LevelCountsDayProgramsBesideTheDefault()
    {
        using var index = new CatalogIndex(new IopFinder.Core.Content.CatalogLoader(IopFinder.Core.Geo.ZipTable.Default).Load(Repo.Examples), IopFinder.Core.Geo.ZipTable.Default);
        var results = index.Search(new SearchQuery());
        var dayPrograms = index.Catalog.Listings.Count(l => l.LevelsOfCare.Contains("php"));
        Assert.True(dayPrograms > 0);
        Assert.Equal(results.Total, results.Facets["level"]["iop"]);
        Assert.Equal(index.Catalog.Listings.Count, results.Facets["level"]["php"]);
    }

    [Fact]
    public void Facets_CoverEveryFilterAndEveryTerm()
    {
        var facets = fixture.Search("").Facets;
        foreach (var parameter in new[] { "condition", "modality", "format", "insurance", "age", "language", "accreditation", "feature", "time", "day", "accepting" })
        {
            Assert.True(facets.ContainsKey(parameter), parameter);
        }
        Assert.Equal(TestCatalog.Taxonomy["conditions"].Terms.Count, facets["condition"].Count);
        Assert.Equal(5, facets["condition"]["depression"]);
        Assert.Equal(0, facets["condition"]["adhd"]);
    }

    [Fact]
    public void Search_NoResults_SuggestsTheFilterWhoseRemovalBringsMostBack()
    {
        var results = fixture.Search("condition=depression&insurance=medicare&time=evening");
        Assert.Equal(0, results.Total);
        Assert.Equal(new LoosenSuggestion("insurance", 2), results.Suggestion);
        Assert.Equal(2, fixture.Search("condition=depression&time=evening").Total);
    }

    [Fact]
    public void Search_WithResults_HasNoSuggestion() => Assert.Null(fixture.Search("condition=depression").Suggestion);
}
