namespace IopFinder.Web.Manage.Data;

/// <summary>
/// A confirmation reminder that reached the mail server: one per listing, editor, stage and confirmation date,
/// so a reminder is never sent twice, a failed one (no row) is tried again, and a new confirmation starts afresh.
/// </summary>
public sealed class ReminderSent
{
    public long Id { get; init; }

    public required string ListingId { get; init; }

    public required string Email { get; init; }

    /// <summary>Days left when the reminder is due (<see cref="Core.Listings.ConfirmationReminder.Stages"/>).</summary>
    public int Stage { get; init; }

    /// <summary>The date of the confirmation it reminds about.</summary>
    public DateOnly ConfirmedOn { get; init; }

    public DateTime SentAt { get; init; }
}
