namespace IopFinder.Core.Listings;

/// <summary>A listing's confirmation state on a day, with the confirmation it rests on (null when <see cref="ConfirmationState.Never"/>).</summary>
public sealed record ConfirmationStatus(ConfirmationState State, Confirmation? Confirmed)
{
    /// <summary>The day the confirmation stops being current; null when never confirmed.</summary>
    public DateOnly? Lapses => Confirmed?.Date.AddDays(ConfirmationRule.CurrentDays + 1);
}
