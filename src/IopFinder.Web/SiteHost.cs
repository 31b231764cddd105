using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.Options;
using IopFinder.Core.Fields;
using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Geo.Outlines;
using IopFinder.Web.Compare;
using IopFinder.Web.Developers;
using IopFinder.Web.Discovery;
using IopFinder.Web.Hsds;
using IopFinder.Web.Programs;
using IopFinder.Web.Search;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Shared.Infrastructure;
using IopFinder.Web.Shared.Localization;
using IopFinder.Web.Shared.Wording;
using IopFinder.Web.Status;
using IopFinder.Web.Manage.Editing;
using IopFinder.Web.Manage;
using IopFinder.Web.Manage.Data;

namespace IopFinder.Web;

/// <summary>Builds the web application: options, services, security headers, pages and API.</summary>
public static class SiteHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Pages are found in this assembly even when a test runner is the entry point.
            ApplicationName = typeof(SiteHost).Assembly.GetName().Name,
            WebRootPath = FindWebRoot(),
        });
        PrivateLogging.Apply(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
            kestrel.Limits.MaxRequestLineSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });

        builder.Services.AddOptions<CatalogOptions>()
            .Bind(builder.Configuration.GetSection(CatalogOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        // The 30-day openings and 90-day confirmation rules, judged on the site's clock (a test's fixed one).
        builder.Services.AddSingleton<OpeningsRule>();
        builder.Services.AddSingleton<ConfirmationRule>();
        builder.Services.AddSingleton(services =>
            services.GetRequiredService<IOptions<CatalogOptions>>().Value.ZipTablePath is { Length: > 0 } path ? ZipTable.Load(path) : ZipTable.Default);
        // The site's fields and filters; a test registers a registry with one more, and everything that reads them follows.
        builder.Services.AddSingleton(ListingFields.Registry);
        builder.Services.AddSingleton(Filters.Registry);
        builder.Services.AddSingleton<CatalogStore>();
        // One catalog per request: every part of a page reads the same version, even while a reload swaps in another,
        // and the version stays open until the request ends.
        builder.Services.AddScoped<CatalogLease>();
        builder.Services.AddScoped(services => services.GetRequiredService<CatalogLease>().Snapshot);
        builder.Services.AddScoped<SearchService>();
        builder.Services.AddScoped<CompareService>();
        builder.Services.AddScoped<Words>();
        builder.Services.AddSiteLanguages();
        // Accented letters and typographic marks go out as UTF-8 characters, not entities: lighter Spanish pages.
        // HTML-significant characters are encoded all the same.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings =
            new TextEncoderSettings(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.GeneralPunctuation, UnicodeRanges.Arrows));
        builder.Services.AddSingleton<StatusService>();
        builder.Services.AddListingEditing(builder.Configuration);
        builder.Services.AddHostedService<CatalogWatcher>();
        builder.Services.AddContentRemote(builder.Configuration);
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton(UsOutlines.Default);
        builder.Services.AddSingleton<SearchMaps>();
        builder.Services.AddProtection(builder.Configuration);
        builder.Services.AddDiscovery(builder.Configuration);
        builder.Services.AddStaffPortal(builder.Configuration, builder.Environment);
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        // Pages live in their feature's folder (Search/Index.cshtml beside SearchService), so Razor Pages are
        // rooted at the project; every page states its address, and shared partials are found in Shared/.
        builder.Services.AddRazorPages().WithRazorPagesAtContentRoot().AddViewLocalization();
        builder.Services.AddSiteCompression();
        builder.Services.AddCatalogOutputCache();
        builder.Services.AddProblemDetails();
        builder.Services.AddCatalogHealth();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<ApiDocumentTransformer>().AddDocumentTransformer<HealthDocument>());
        builder.Services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>().Configure<FieldRegistry>((json, fields) =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.DictionaryKeyPolicy = null;
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ProgramDetailJson.For(fields));
        });

        builder.Services.ReadProtectionKeysOnFirstUse();
        var app = builder.Build();
        app.Services.GetRequiredService<CatalogStore>().Load();

        app.UseForwardedHeaders();
        app.UseResponseCompression();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Programs get problem details (RFC 9457) for every error; people get the site's own pages.
        app.UseWhen(context => ApiPaths.IsApi(context.Request.Path), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !ApiPaths.IsApi(context.Request.Path), pages =>
        {
            pages.UseExceptionHandler("/error");
            pages.UseStatusCodePagesWithReExecute("/not-found");
        });
        // Sent only over HTTPS, so behind a TLS-terminating proxy it needs Proxy:KnownProxies for the scheme.
        app.UseHsts();
        app.UseSiteLanguage();
        app.UseRateLimiter();
        app.UseMiddleware<QueryLimitsMiddleware>();
        app.UseStaticFiles(OutputCaching.StaticFiles);
        app.UseLanguageInLinks();
        app.UseStaffDatabaseOnDemand();
        app.UseRouting();
        app.UseStaffPortal();
        app.UseOutputCache();
        app.MapDiscovery();
        app.MapLanguagePaths();
        app.MapGroup("/api").MapSearchApi().MapProgramApi().MapCompareApi().MapStatusApi();
        app.MapCatalogHealth();
        app.MapOpenApi();
        app.MapHsds();
        app.MapRazorPages();
        return app;
    }

    /// <summary>The repository's wwwroot when run from the repository, else the copy beside the binaries.</summary>
    private static string FindWebRoot()
    {
        var local = Path.Combine(Directory.GetCurrentDirectory(), "wwwroot");
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "wwwroot");
    }
}
