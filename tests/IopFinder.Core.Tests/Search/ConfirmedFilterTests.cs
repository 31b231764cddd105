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
/// <c>confirmed=true</c> keeps the listings confirmed within 90 days and <c>accepting=true</c> the openings
/// set within 30, judged on the clock's day at each search: one index, built once, answers differently as
/// the days pass, so a confirmation lapsing at midnight stops counting without a rebuild.
/// </summary>
public sealed class ConfirmedFilterTests : IDisposable
{
    /// <summary>Day 0: the confirmation's date and the openings' date.</summary>
    private static readonly DateOnly Day0 = new(2026, 9, 6);

    private static readonly Listing[] Listings =
    [
        Listing("confirmed", FrontMatter("Confirmed Program", "conditions: [depression]", "confirmed: {date: 2026-09-06, by: program}")),
        Listing("checked", FrontMatter("Checked Program", "conditions: [depression]", "confirmed: {date: 2026-09-06, by: maintainer}")),
        Listing("lapsed", FrontMatter("Lapsed Program", "conditions: [depression]", "confirmed: {date: 2025-01-10, by: program}")),
        Listing("never", FrontMatter("Never Program", "conditions: [depression]")),
        Listing("open", FrontMatter("Open Program", "conditions: [anxiety]", "accepting_new_patients: true", "openings_updated: 2026-09-06")),
        Listing("open-undated", FrontMatter("Undated Openings Program", "conditions: [anxiety]", "accepting_new_patients: true")),
    ];

    private readonly MovableClock _clock = new(At(Day0));
    private readonly CatalogIndex _index;

    public ConfirmedFilterTests()
    {
        _index = new CatalogIndex(new Catalog(TestCatalog.Taxonomy, [.. Listings.OrderBy(l => l.Id, StringComparer.Ordinal)], []), ZipTable.Default) { Clock = _clock };
    }

    [Theory]
    [InlineData(0, new[] { "checked", "confirmed" })]
    [InlineData(89, new[] { "checked", "confirmed" })]
    [InlineData(90, new[] { "checked", "confirmed" })]
    [InlineData(91, new string[0])]
    public void Search_ConfirmedTrue_KeepsConfirmationsOfTheLast90DaysOnTheClocksDay(int day, string[] expected)
    {
        _clock.Now = At(Day0.AddDays(day));

        var results = Search("confirmed=true&include_unknown=true");

        Assert.Equal(expected, results.Ids().Order(StringComparer.Ordinal));
        Assert.Equal(0, results.UnknownTotal);
        Assert.Equal(expected.Length, _index.CatalogCounts[Filters.Confirmed.Parameter][FlagFilter.Yes]);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(90, 2)]
    [InlineData(91, 0)]
    public void Facets_ConfirmedCount_FollowsTheDayOnTheSameIndex(int day, int expected)
    {
        Search(""); // the default facets are cached: moving the day must not reuse yesterday's
        _clock.Now = At(Day0.AddDays(day));

        Assert.Equal(expected, Search("").Facets[Filters.Confirmed.Parameter][FlagFilter.Yes]);
    }

    [Fact]
    public void Search_ConfirmationLapsingAtMidnight_StopsCountingWithoutARebuild()
    {
        _clock.Now = At(Day0.AddDays(90)).AddHours(23).AddMinutes(59);
        Assert.Contains("confirmed", Search("confirmed=true").Ids());

        _clock.Now = At(Day0.AddDays(91));
        Assert.DoesNotContain("confirmed", Search("confirmed=true").Ids());
    }

    [Theory]
    [InlineData(0, new[] { "open", "open-undated" }, new string[0])]
    [InlineData(30, new[] { "open", "open-undated" }, new string[0])]
    [InlineData(31, new[] { "open-undated" }, new[] { "open" })]
    public void Search_AcceptingTrue_OpeningsOlderThan30DaysDoNotSay(int day, string[] matches, string[] doNotSay)
    {
        _clock.Now = At(Day0.AddDays(day));

        var results = Search("accepting=true&include_unknown=true&condition=anxiety");

        Assert.Equal(matches, results.Hits.Where(h => h.Unknown.Count == 0).Select(h => h.Listing.Id).Order(StringComparer.Ordinal));
        Assert.Equal(doNotSay, results.Hits.Where(h => h.Unknown.Count > 0).Select(h => h.Listing.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("confirmed", 0, CriterionOutcome.Met)]
    [InlineData("confirmed", 91, CriterionOutcome.Unmet)]
    [InlineData("never", 0, CriterionOutcome.Unmet)]
    public void Checklist_ConfirmedNeed_IsMetWhileCurrentAndNoOtherwise(string id, int day, CriterionOutcome outcome)
    {
        var parsed = new ChecklistParser(TestCatalog.Taxonomy).Parse([new("ids", id), new("confirmed", "true"), new("w.confirmed", "3")]);
        var clock = new MovableClock(At(Day0.AddDays(day)));

        var scored = new ChecklistScorer(TestCatalog.Taxonomy, ZipTable.Default, clock).Score(parsed.Request, Listings.Where(l => l.Id == id));

        Assert.Equal(outcome, Assert.Single(Assert.Single(scored.Programs).Criteria).Result);
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void IntakeQuestions_StaleOpenings_AskAboutOpeningsAgain(int day, bool asks)
    {
        var open = Listings.Single(l => l.Id == "open");

        var questions = IntakeQuestions.For(open, Day0.AddDays(day));

        Assert.Equal(asks, questions.Any(q => q.Topic == Filters.Accepting.Parameter));
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private SearchResults Search(string queryString)
    {
        var pairs = queryString.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string?>(p[0], p[1]));
        var parsed = new SearchQueryParser(TestCatalog.Taxonomy).Parse(pairs);
        Assert.Empty(parsed.Errors);
        return _index.Search(parsed.Query);
    }

    public void Dispose() => _index.Dispose();
}
