namespace IopFinder.Core.Listings;

/// <summary>How fresh a listing's confirmation is on a given day (SPEC section 7); pages word each state.</summary>
public enum ConfirmationState
{
    /// <summary>Nobody has confirmed the listing (an imported listing the program has not taken over).</summary>
    Never,
    /// <summary>Confirmed within the last <see cref="ConfirmationRule.CurrentDays"/> days.</summary>
    Current,
    /// <summary>Last confirmed longer ago: it may be out of date.</summary>
    Lapsed,
}
