using System.Globalization;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>
/// How far a program is, in words: "3.4 miles", and "under 1 mile" below one, since distances run
/// between ZIP centres and "0.0 miles" would claim a precision no ZIP centre has. The API keeps the number.
/// </summary>
public sealed class DistanceWords(IStringLocalizer text)
{
    /// <summary>"3.4 miles", "under 1 mile".</summary>
    public string Miles(double miles) =>
        miles < 1 ? text["Distance.UnderOne"] : text["Distance.Miles", miles.ToString("0.0", CultureInfo.CurrentCulture)];

    /// <summary>"3.4 miles away", "Under 1 mile away": the reason a program is in reach.</summary>
    public string Away(double miles) =>
        miles < 1 ? text["Why.InReach.Here"] : text["Why.InReach", miles.ToString("0.#", CultureInfo.CurrentCulture)];
}
