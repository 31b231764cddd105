using IopFinder.Core.Listings;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>
/// What pages, cards and the comparison say about a listing's confirmation (SPEC section 7), from
/// <see cref="ConfirmationRule"/>'s state: confirmed by the program or checked by IopFinder while current,
/// "may be out of date" once lapsed, and, for an imported listing nobody confirmed, where it comes from.
/// </summary>
public sealed class ConfirmationWords(IStringLocalizer text, DateWords dates, TermWords terms)
{
    /// <summary>The line for the listing's state; null for a never-confirmed listing its program wrote (nothing to warn about).</summary>
    public string? Line(Listing listing, ConfirmationStatus status) => status switch
    {
        { State: ConfirmationState.Current, Confirmed: { By: ConfirmedBy.Program } c } => text["Confirmation.Program", dates.Long(c.Date)].Value,
        { State: ConfirmationState.Current, Confirmed: { } c } => text["Confirmation.Maintainer", dates.Long(c.Date)].Value,
        { State: ConfirmationState.Lapsed, Confirmed: { } c } => text["Confirmation.Lapsed", dates.Long(c.Date)].Value,
        _ => ImportedWords.SourceName(listing, terms) is { } source ? text["Confirmation.Never", source].Value : null,
    };

    /// <summary>A class for the line's look: <c>confirmed</c>, <c>lapsed</c> or <c>unconfirmed</c>.</summary>
    public static string Css(ConfirmationStatus status) => status.State switch
    {
        ConfirmationState.Current => "confirmed",
        ConfirmationState.Lapsed => "lapsed",
        _ => "unconfirmed",
    };
}
