using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;
using static IopFinder.Core.Tests.Support.TestCatalog;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Tests.Search;

/// <summary>
/// A mental-health condition no listing nearby names leads to the day programs and the intensive
/// outpatient programs near the same place that treat mental health (or it with substance use).
/// </summary>
public sealed class MentalHealthRouteTests : IDisposable
{
    private readonly CatalogIndex _index = TestCatalog.Index(
        ("co-iop", FrontMatter("Riverbend Dual Diagnosis", "conditions: [co-occurring, substance-use]", At("02138"))),
        ("su-iop", FrontMatter("Harbor Recovery", "conditions: [substance-use]", At("02138"))),
        ("mh-php", FrontMatter("Charles Day Program", "levels_of_care: [php]", "conditions: [mental-health]", At("02139"))),
        ("su-php", FrontMatter("Charles Detox Day", "levels_of_care: [php]", "conditions: [substance-use]", At("02139"))),
        ("far-php", FrontMatter("Worcester Day Program", "levels_of_care: [php]", "conditions: [mental-health]", At("01608"))));

    public void Dispose() => _index.Dispose();

    private SearchResults Search(string text, params (string Key, string Value)[] terms) => _index.Search(new SearchQuery
    {
        Text = text,
        Near = "02139",
        Terms = terms.GroupBy(t => t.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(t => t.Value)]),
    });

    [Theory]
    [InlineData("depression anxiety")]
    [InlineData("depresión")]
    public void Search_WordsNamingMentalHealthConditions_LeadToDayProgramsAndCoOccurringProgramsNearby(string words)
    {
        var results = Search(words);
        Assert.Equal(0, results.Total);
        var route = results.MentalHealth!;
        Assert.Contains("depression", route.Conditions);
        Assert.Equal("", route.RestOfText);
        Assert.All(route.FromWords, w => Assert.Equal("condition", w.Parameter));
        // Within 25 miles: one day program treats mental health (not the detox one, not Worcester's); one IOP treats it with substance use.
        Assert.Equal((1, 1), (route.DayPrograms, route.IntensiveOutpatient));
    }

    [Fact]
    public void Search_MentalHealthConditionAsAFilter_LeadsTheSameWay()
    {
        var route = Search("", ("condition", "anxiety")).MentalHealth!;
        Assert.Equal(["anxiety"], route.Conditions);
        Assert.Empty(route.FromWords);
        Assert.Equal((1, 1), (route.DayPrograms, route.IntensiveOutpatient));
    }

    [Theory]
    [InlineData("buprenorphine")]
    [InlineData("alcohol")]
    public void Search_OtherWords_HaveNoMentalHealthRoute(string words) => Assert.Null(Search(words).MentalHealth);

    [Fact]
    public void Search_DayProgramsAskedForAlone_HaveNoRoute() => Assert.Null(Search("depression", ("level", "php")).MentalHealth);
}
