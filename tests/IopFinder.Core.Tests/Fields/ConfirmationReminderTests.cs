using IopFinder.Core.Listings;

namespace IopFinder.Core.Tests.Fields;

/// <summary>Reminders are due 15 and 5 days before a confirmation lapses; never for a listing never confirmed or already lapsed.</summary>
public class ConfirmationReminderTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(0, null)]
    [InlineData(74, null)]
    [InlineData(75, 15)]
    [InlineData(84, 15)]
    [InlineData(85, 5)]
    [InlineData(90, 5)]
    [InlineData(91, null)]
    [InlineData(-3, null)]
    public void Due_DaysSinceConfirmation_GivesStage(int? daysAgo, int? expected)
    {
        var today = new DateOnly(2026, 12, 5);
        var confirmed = daysAgo is { } days ? new Confirmation(today.AddDays(-days), ConfirmedBy.Program) : null;

        Assert.Equal(expected, ConfirmationReminder.Due(confirmed, today));
    }
}
