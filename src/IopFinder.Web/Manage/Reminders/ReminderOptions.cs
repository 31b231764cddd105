namespace IopFinder.Web.Manage.Reminders;

/// <summary><c>Reminders</c>: how often the reminder service looks for confirmations about to lapse.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Time between rounds (<c>Reminders:Interval</c>, e.g. <c>01:00:00</c>); the first round comes one interval after start.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
