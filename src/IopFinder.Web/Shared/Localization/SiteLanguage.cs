using System.Globalization;
using System.Text.RegularExpressions;
using IopFinder.Core.Filtering;

namespace IopFinder.Web.Shared.Localization;

/// <summary>
/// An interface language of the site (SPEC section 2: <c>lang=en</c> or <c>lang=es</c>): the words come
/// from <see cref="UiCulture"/>'s resources, numbers and dates are written as in <see cref="Culture"/>.
/// Both write numbers the United States way ("5,736 programas", "1.5 millas").
/// </summary>
public sealed partial record SiteLanguage(string Code, string Name, CultureInfo Culture, CultureInfo UiCulture)
{
    /// <summary>The query-string parameter that chooses the language.</summary>
    public const string Parameter = Core.Filtering.SearchParameters.Language;

    /// <summary>Longest language tag read (BCP 47 tags in practice stay under 35 characters).</summary>
    public const int MaxTagLength = 35;

    public static SiteLanguage English { get; } = new("en", "English", CultureInfo.GetCultureInfo("en-US"), CultureInfo.GetCultureInfo("en"));

    public static SiteLanguage Spanish { get; } = new("es", "Español", CultureInfo.GetCultureInfo("es-US"), CultureInfo.GetCultureInfo("es"));

    /// <summary>Every language, the default first.</summary>
    public static IReadOnlyList<SiteLanguage> All { get; } = [English, Spanish];

    /// <summary>The language of a request that names none.</summary>
    public static SiteLanguage Default => English;

    public bool IsDefault => this == Default;

    /// <summary>A page's address in this language, from its English address: <c>lang</c> added unless English.</summary>
    public string AddressOf(string english) =>
        IsDefault ? english : Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(english, Parameter, Code);

    /// <summary>The language the language switch offers.</summary>
    public SiteLanguage Other => this == English ? Spanish : English;

    /// <summary>
    /// The language a tag names by its primary subtag ("es", "ES", "es-MX", "es-ZZ", "en-GB"), or null for
    /// anything else: another language, a malformed or over-long tag, markup.
    /// </summary>
    public static SiteLanguage? FromTag(string? tag)
    {
        if (tag is null || tag.Length > MaxTagLength || !TagPattern().IsMatch(tag)) return null;
        var primary = tag.Split('-')[0];
        return All.FirstOrDefault(l => string.Equals(l.Code, primary, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex TagPattern();
}
