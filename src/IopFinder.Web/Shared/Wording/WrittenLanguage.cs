using IopFinder.Core.Listings;
using IopFinder.Web.Shared.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>The language of what a listing's staff wrote (its description, its own service lines): <c>description_language</c>, else English.</summary>
public static class WrittenLanguage
{
    /// <summary>An ISO 639-1 code for a <c>lang</c> attribute.</summary>
    public static string Of(Listing listing) => listing.DescriptionLanguage ?? SiteLanguage.English.Code;
}
