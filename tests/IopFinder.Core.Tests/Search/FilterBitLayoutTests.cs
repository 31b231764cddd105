using System.Numerics;
using IopFinder.Core.Filtering;
using IopFinder.Core.Search;

namespace IopFinder.Core.Tests.Search;

/// <summary>
/// The filter bits come from the registered filters: each filter has its own bit, every bit names its
/// filter back (so "doesn't say" labels and ways out reach every filter), and too many filters for the
/// mask stop the application instead of silently sharing bits.
/// </summary>
public class FilterBitLayoutTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private static readonly FilterBitLayout Registered = FilterBitLayout.Registered;
    private static readonly int EveryBit = Registered.FilterBits.Aggregate(0, (mask, bit) => mask | bit);

    [Fact]
    public void Layout_GivesEveryRegisteredFilterItsOwnBit()
    {
        var bits = Filters.All.Select(Registered.BitOf).ToList();

        Assert.All(bits, bit => Assert.Equal(1, BitOperations.PopCount((uint)bit)));
        Assert.Equal(bits.Count, bits.Distinct().Count());
        Assert.DoesNotContain(Registered.TextBit, bits);
        Assert.DoesNotContain(Registered.CombinationBit, bits);
        Assert.Equal(Filters.All.Count + 1, Registered.FilterBits.Count);
    }

    [Fact]
    public void ParametersOf_NamesEachFilterBitsOwnParameter()
    {
        foreach (var filter in Filters.All)
        {
            Assert.Equal([filter.Parameter], Registered.ParametersOf(Registered.BitOf(filter)));
            Assert.Equal(filter.Parameter, Registered.ParameterOf(Registered.BitOf(filter)));
        }
        Assert.Equal([SearchParameters.Text], Registered.ParametersOf(Registered.TextBit));
    }

    [Fact]
    public void ParametersOf_EveryBit_RoundTripsToTheSameMask()
    {
        var parameters = Registered.ParametersOf(EveryBit);
        var back = parameters.Aggregate(0, (mask, p) => mask | (p == SearchParameters.Text ? Registered.TextBit : Registered.BitOf(Filters.Find(p)!)));

        Assert.Equal(Filters.All.Count + 1, parameters.Count);
        Assert.Equal(EveryBit, back);
    }

    [Fact]
    public void ParametersOf_LeavesOutTheCombinationMarker()
    {
        var mask = Registered.BitOf(Filters.Time) | Registered.BitOf(Filters.Day) | Registered.CombinationBit;

        Assert.Equal([Filters.Time.Parameter, Filters.Day.Parameter], Registered.ParametersOf(mask));
    }

    [Fact]
    public void ParametersOf_ListsDoesNotSayLabelsWordsFirstThenTermsThenScheduleNearAndFlags()
    {
        string[] expected =
        [
            SearchParameters.Text, .. Filters.TermFilters.Select(f => f.Parameter),
            Filters.Time.Parameter, Filters.Day.Parameter, Filters.MaxHours.Parameter, Filters.Near.Parameter, Filters.Accepting.Parameter, Filters.Confirmed.Parameter,
        ];

        Assert.Equal(expected, Registered.ParametersOf(EveryBit));
    }

    [Fact]
    public void TermBit_OfEachTermFilter_NamesThatFilter()
    {
        for (var f = 0; f < Filters.TermFilters.Count; f++)
        {
            Assert.Equal(Filters.TermFilters[f].Parameter, Registered.ParameterOf(Registered.TermBits[f]));
        }
    }

    [Fact]
    public void Layout_FilterRegisteredAfterAccepting_IsNamedInDoesNotSayLabels()
    {
        var walkIns = new FlagFilter { Parameter = "walk_ins", Says = _ => null };
        var layout = new FilterBitLayout([.. Filters.All, walkIns]);

        Assert.True(layout.BitOf(walkIns) > layout.BitOf(Filters.Accepting));
        Assert.Equal([Filters.Accepting.Parameter, "walk_ins"], layout.ParametersOf(layout.BitOf(Filters.Accepting) | layout.BitOf(walkIns)));
    }

    [Fact]
    public void Search_AcceptingOnly_LabelsProgramsThatDoNotSayWithAccepting()
    {
        var results = fixture.Search("accepting=true&include_unknown=true");

        var silent = results.Hits.Where(h => h.Listing.AcceptingNewPatients is null).ToList();
        Assert.NotEmpty(silent);
        Assert.All(silent, h => Assert.Equal([Filters.Accepting.Parameter], h.Unknown));
        Assert.All(results.Hits.Where(h => h.Listing.AcceptingNewPatients is true), h => Assert.Empty(h.Unknown));
        Assert.Equal(silent.Count, results.UnknownByFilter[Filters.Accepting.Parameter]);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(64)]
    public void Layout_MoreFiltersThanTheMaskHoldsBits_ThrowsNamingTheLimit(int count)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FilterBitLayout(Synthetic(count)));

        Assert.Contains($"{count} filters need {count + 2} bits", error.Message);
        Assert.Contains($"a filter mask has {FilterBitLayout.Width}", error.Message);
    }

    [Fact]
    public void Layout_AsManyFiltersAsTheMaskHolds_FitsBelowTheSignBit()
    {
        var layout = new FilterBitLayout(Synthetic(FilterBitLayout.Width - 2));

        Assert.Equal(1 << 30, layout.CombinationBit);
        Assert.Equal(FilterBitLayout.Width - 1, layout.FilterBits.Count);
    }

    private static FilterDefinition[] Synthetic(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new TermFilter { Parameter = $"f{i}" })];
}
