using System.Globalization;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>Dates as the reader's language writes them; the patterns are resources ("October 1, 2026", "1 de octubre de 2026").</summary>
public sealed class DateWords(IStringLocalizer text)
{
    /// <summary>"October 1, 2026".</summary>
    public string Long(DateOnly date) => date.ToString(text["Format.Date"], CultureInfo.CurrentCulture);

    /// <summary>"Oct 1, 2026", where space is tight.</summary>
    public string Short(DateOnly date) => date.ToString(text["Format.DateShort"], CultureInfo.CurrentCulture);

    /// <summary>"Oct 2026".</summary>
    public string MonthYear(DateOnly date) => date.ToString(text["Format.MonthYear"], CultureInfo.CurrentCulture);
}
