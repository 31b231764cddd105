using Microsoft.AspNetCore.Localization;

namespace IopFinder.Web.Shared.Localization;

/// <summary>The site's languages in the pipeline: resources, the request culture, the query string that carries it, and <c>/es</c>.</summary>
public static class LanguageSetup
{
    public static IServiceCollection AddSiteLanguages(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SiteLanguage.Default.Culture, SiteLanguage.Default.UiCulture);
            options.SupportedCultures = [.. SiteLanguage.All.Select(l => l.Culture)];
            options.SupportedUICultures = [.. SiteLanguage.All.Select(l => l.UiCulture)];
            // Only the site's own rule: no cookie, and no second reading of the query or the header.
            options.RequestCultureProviders = [new LanguageCultureProvider()];
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
        return services;
    }

    /// <summary>The request's culture, for everything after it (refusal pages included).</summary>
    public static IApplicationBuilder UseSiteLanguage(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>The query string carries the language, for the pages and the API.</summary>
    public static IApplicationBuilder UseLanguageInLinks(this IApplicationBuilder app) => app.UseMiddleware<LanguageQueryMiddleware>();

    /// <summary><c>/es</c>, a short address to give out, is the home page in Spanish with the rest of its query kept.</summary>
    public static void MapLanguagePaths(this IEndpointRouteBuilder endpoints)
    {
        foreach (var language in SiteLanguage.All.Where(l => !l.IsDefault))
        {
            endpoints.MapGet($"/{language.Code}", (HttpRequest request) => Results.Redirect(LanguageChoice.In("/", request.Query, language), permanent: true))
                .ExcludeFromDescription();
        }
    }
}
