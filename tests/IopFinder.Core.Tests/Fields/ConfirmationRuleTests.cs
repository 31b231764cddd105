using IopFinder.Core.Listings;
using IopFinder.Core.Tests.Checklist;

namespace IopFinder.Core.Tests.Fields;

/// <summary>A confirmation is current for 90 days, then lapses; a listing never confirmed says so.</summary>
public class ConfirmationRuleTests
{
    private static Listing Confirmed(string? date, ConfirmedBy by = ConfirmedBy.Program) => new()
    {
        Id = "x", Name = "X", Confirmed = date is null ? null : new Confirmation(DateOnly.Parse(date), by),
    };

    [Theory]
    [InlineData(null, "2026-12-05", ConfirmationState.Never)]
    [InlineData("2026-12-05", "2026-12-05", ConfirmationState.Current)]
    [InlineData("2026-09-06", "2026-12-05", ConfirmationState.Current)]
    [InlineData("2026-09-05", "2026-12-05", ConfirmationState.Lapsed)]
    [InlineData("2025-01-01", "2026-12-05", ConfirmationState.Lapsed)]
    [InlineData("2026-12-24", "2026-12-05", ConfirmationState.Current)]
    public void State_OnADay(string? confirmed, string today, ConfirmationState expected)
    {
        var status = ConfirmationRule.On(Confirmed(confirmed), DateOnly.Parse(today));
        Assert.Equal(expected, status.State);
        Assert.Equal(confirmed is null ? null : DateOnly.Parse(confirmed), status.Confirmed?.Date);
    }

    [Theory]
    [InlineData(ConfirmedBy.Program)]
    [InlineData(ConfirmedBy.Maintainer)]
    public void Status_SaysWhoConfirmed_AndTheDayItLapses(ConfirmedBy by)
    {
        var status = ConfirmationRule.On(Confirmed("2026-11-30", by), new DateOnly(2026, 12, 5));
        Assert.Equal(by, status.Confirmed!.By);
        Assert.Equal(new DateOnly(2027, 3, 1), status.Lapses);
        Assert.Equal(ConfirmationState.Lapsed, ConfirmationRule.On(Confirmed("2026-11-30", by), status.Lapses!.Value).State);
    }

    [Fact]
    public void Of_ReadsTodayFromTheClock()
    {
        var day = new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(ConfirmationState.Current, new ConfirmationRule(new FixedClock(day)).Of(Confirmed("2026-09-06")).State);
        Assert.Equal(ConfirmationState.Lapsed, new ConfirmationRule(new FixedClock(day.AddDays(1))).Of(Confirmed("2026-09-06")).State);
    }
}
