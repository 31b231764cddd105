using IopFinder.Core.Listings;
using IopFinder.Core.Tests.Checklist;

namespace IopFinder.Core.Tests.Fields;

/// <summary>Openings stand for 30 days after they were set; older ones read as "doesn't say"; undated ones stand (hand-written before the date existed).</summary>
public class OpeningsRuleTests
{
    private static Listing Openings(bool? accepting, int? wait, string? updated) => new()
    {
        Id = "x", Name = "X", AcceptingNewPatients = accepting, WaitlistWeeks = wait,
        OpeningsUpdated = updated is null ? null : DateOnly.Parse(updated),
    };

    [Theory]
    [InlineData(true, 2, "2026-12-05", true, true, 2)]
    [InlineData(false, null, "2026-11-05", true, false, null)]
    [InlineData(true, 2, "2026-11-04", false, null, null)]
    [InlineData(true, 0, null, true, true, 0)]
    [InlineData(null, null, "2026-12-01", true, null, null)]
    [InlineData(true, 1, "2026-12-20", true, true, 1)]
    public void Openings_OnADay(bool? accepting, int? wait, string? updated, bool current, bool? acceptingRead, int? waitRead)
    {
        var status = OpeningsRule.On(Openings(accepting, wait, updated), new DateOnly(2026, 12, 5));
        Assert.Equal(current, status.Current);
        Assert.Equal(acceptingRead, status.AcceptingNewPatients);
        Assert.Equal(waitRead, status.WaitlistWeeks);
        Assert.Equal(updated is null ? null : DateOnly.Parse(updated), status.Updated);
    }

    [Fact]
    public void Of_ReadsTodayFromTheClock()
    {
        var evening = new DateTimeOffset(2026, 12, 5, 23, 0, 0, TimeSpan.Zero);
        var listing = Openings(true, 1, "2026-11-05");
        Assert.True(new OpeningsRule(new FixedClock(evening)).Of(listing).AcceptingNewPatients);
        Assert.Null(new OpeningsRule(new FixedClock(evening.AddHours(2))).Of(listing).AcceptingNewPatients);
    }
}
