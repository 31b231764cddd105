using Microsoft.AspNetCore.Localization;

namespace IopFinder.Web.Shared.Localization;

/// <summary>The request culture of <see cref="LanguageChoice"/>: one rule for pages, API and refusals.</summary>
public sealed class LanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var language = LanguageChoice.Of(httpContext).Language;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(language.Culture.Name, language.UiCulture.Name));
    }
}
