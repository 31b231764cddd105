using System.Globalization;
using IopFinder.Core.Listings;
using IopFinder.Web.Shared.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>The reader's language (the request's interface language) as a taxonomy language id, for what listings say about it.</summary>
public static class ReaderLanguage
{
    /// <summary>"en" or "es".</summary>
    public static string Code => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static bool IsSpanish => Code == SiteLanguage.Spanish.Code;

    /// <summary>True when the listing offers care in the reader's language and that language is not the default one, which pages take for granted.</summary>
    public static bool OfferedBy(Listing listing) => Code != SiteLanguage.Default.Code && listing.Languages.Contains(Code);
}
