using IopFinder.Core.Checklist;
using IopFinder.Core.Content;
using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;
using static IopFinder.Core.Tests.Support.TestCatalog;

namespace IopFinder.Core.Tests.Search;

/// <summary>
/// A yes/no filter is one registration: a registry with one more flag (a stand-in for "accepts walk-ins"
/// that reads the family-involvement feature, saying nothing when a listing names no feature) is parsed,
/// searched with "doesn't say", counted in facets and the catalog, offered as a way out and credited in
/// the checklist, with no other code written for it.
/// </summary>
public sealed class RegisteredFlagTests : IDisposable
{
    private const string Parameter = "walk_ins";

    private static readonly FlagFilter WalkIns = new()
    {
        Parameter = Parameter,
        Says = l => l.Features.Count == 0 ? null : l.Features.Contains("family-involvement"),
    };

    private static readonly FilterRegistry Registry = Filters.Registry.With(WalkIns);

    private static readonly Listing[] Listings =
    [
        Listing("says-yes", FrontMatter("Yes Program", "conditions: [depression]", "features: [family-involvement]")),
        Listing("says-yes-too", FrontMatter("Yes Too Program", "conditions: [anxiety]", "features: [family-involvement, crisis-plan]")),
        Listing("says-no", FrontMatter("No Program", "conditions: [depression]", "features: [crisis-plan]")),
        Listing("silent", FrontMatter("Silent Program", "conditions: [depression]")),
    ];

    private readonly CatalogIndex _index = new(new Catalog(TestCatalog.Taxonomy, [.. Listings.OrderBy(l => l.Id, StringComparer.Ordinal)], []), ZipTable.Default, null, Registry);

    [Fact]
    public void Search_WithTheNewFlag_KeepsYesDropsNoAndLabelsSilenceAsDoesNotSay()
    {
        var results = Search("walk_ins=true&include_unknown=true");

        Assert.Equal(["says-yes", "says-yes-too"], results.Hits.Where(h => h.Unknown.Count == 0).Select(h => h.Listing.Id).Order());
        var silent = Assert.Single(results.Hits, h => h.Unknown.Count > 0);
        Assert.Equal("silent", silent.Listing.Id);
        Assert.Equal([Parameter], silent.Unknown);
        Assert.Equal(1, results.UnknownByFilter[Parameter]);
        Assert.DoesNotContain(results.Hits, h => h.Listing.Id == "says-no");
    }

    [Theory]
    [InlineData("", 2)]
    [InlineData("condition=depression", 1)]
    [InlineData("walk_ins=true", 2)]
    public void Facets_CountTheListingsThatSayYes(string query, int expected)
    {
        Assert.Equal(expected, Search(query).Facets[Parameter][FlagFilter.Yes]);
    }

    [Fact]
    public void CatalogCounts_CountTheListingsThatSayYes()
    {
        Assert.Equal(Listings.Count(l => WalkIns.Says(l) == true), _index.CatalogCounts[Parameter][FlagFilter.Yes]);
    }

    [Fact]
    public void WaysOut_FewResultsWithTheFlag_SuggestRemovingIt()
    {
        var results = Search("walk_ins=true&condition=depression");

        Assert.Equal(new LoosenSuggestion(Parameter, 3), results.Suggestion);
    }

    [Fact]
    public void Parse_NotTrueOrFalse_IsAnErrorNamingTheFlag()
    {
        var parsed = new SearchQueryParser(TestCatalog.Taxonomy, Registry).Parse([new(Parameter, "maybe")]);

        Assert.Equal(Parameter, Assert.Single(parsed.Errors).Parameter);
    }

    [Theory]
    [InlineData("says-yes", CriterionOutcome.Met, 1.0, CriterionReason.Says)]
    [InlineData("says-no", CriterionOutcome.Unmet, 0.0, CriterionReason.SaysNot)]
    [InlineData("silent", CriterionOutcome.Unknown, 0.0, CriterionReason.NotListed)]
    public void Checklist_TheFlagAsked_IsANeedCreditedYesNoOrUnknown(string id, CriterionOutcome outcome, double credit, CriterionReason reason)
    {
        var parsed = new ChecklistParser(TestCatalog.Taxonomy, Registry).Parse([new("ids", id), new(Parameter, "true"), new("w." + Parameter, "3")]);
        var need = Assert.Single(parsed.Request.Needs);
        Assert.Equal(new Need(Parameter, 3), need);

        var scored = new ChecklistScorer(TestCatalog.Taxonomy, ZipTable.Default, TimeProvider.System, Registry).Score(parsed.Request, Listings.Where(l => l.Id == id));

        var criterion = Assert.Single(Assert.Single(scored.Programs).Criteria);
        Assert.Equal((outcome, credit, reason), (criterion.Result, criterion.Credit, criterion.Reason));
    }

    [Fact]
    public void Canonical_TheFlagAsked_WritesItBackAsTrue()
    {
        var query = Search("walk_ins=yes").Query;

        Assert.Equal([new KeyValuePair<string, string?>(Parameter, FlagFilter.Yes)], WalkIns.QueryPairs(query));
    }

    [Fact]
    public void Registry_TheSameParameterTwice_ThrowsNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Registry.With(WalkIns with { }));

        Assert.Contains($"'{Parameter}' is registered twice", error.Message);
    }

    [Fact]
    public void Registry_OneMoreFlag_TakesTheBitAfterTheSitesFlags()
    {
        var layout = Registry.Layout;

        Assert.Equal(layout.FlagBits[^1], layout.BitOf(WalkIns));
        Assert.Equal([Filters.Accepting.Parameter, Parameter], layout.ParametersOf(layout.BitOf(Filters.Accepting) | layout.BitOf(WalkIns)));
    }

    private SearchResults Search(string queryString)
    {
        var pairs = queryString.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string?>(p[0], p[1]));
        var parsed = new SearchQueryParser(TestCatalog.Taxonomy, Registry).Parse(pairs);
        Assert.Empty(parsed.Errors);
        return _index.Search(parsed.Query);
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void IntakeQuestions_WithTheFlagRegistered_AskIt_OnlyOfTheListingThatDoesNotSay()
    {
        var today = new DateOnly(2026, 12, 5);
        Assert.Contains(new Question(Parameter, []), IntakeQuestions.For(Listings.Single(l => l.Id == "silent"), today, Registry));
        Assert.DoesNotContain(new Question(Parameter, []), IntakeQuestions.For(Listings.Single(l => l.Id == "says-no"), today, Registry));
    }

    [Fact]
    public void UnscoredComparison_AsksTheRegisteredFlag_OfTheListingThatDoesNotSay()
    {
        var parsed = new ChecklistParser(TestCatalog.Taxonomy, Registry).Parse([new("ids", "silent")]);
        var scored = new ChecklistScorer(TestCatalog.Taxonomy, ZipTable.Default, TimeProvider.System, Registry).Score(parsed.Request, Listings.Where(l => l.Id == "silent"));

        Assert.Contains(new Question(Parameter, []), Assert.Single(scored.Programs).Questions);
    }
}
