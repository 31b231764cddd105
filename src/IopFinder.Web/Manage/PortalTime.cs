using System.Globalization;

namespace IopFinder.Web.Manage;

/// <summary>Times on portal pages: one unambiguous form in both languages, in UTC as stored.</summary>
public static class PortalTime
{
    /// <summary>A day (a confirmation's date), in the same unambiguous form.</summary>
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
