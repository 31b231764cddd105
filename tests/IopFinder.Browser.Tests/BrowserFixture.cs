using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using IopFinder.Web;

namespace IopFinder.Browser.Tests;

/// <summary>The site on Kestrel at a real loopback port, and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public static string RepoRoot => IopFinder.Core.Tests.Support.Repo.Root;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is required at {ChromiumPath} (apt-get install chromium); .ci/run installs it.");
        }
        (_app, BaseUrl) = await StartSite(IopFinder.Core.Tests.Support.Repo.Examples);

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Where the sites' staff databases and mail folders go: never the repository.</summary>
    private static readonly string StaffData = Path.Combine(Path.GetTempPath(), "iopfinder-browser-staff");

    /// <summary>The site on a catalog folder, on Kestrel at a free loopback port (later settings override earlier ones).</summary>
    public static async Task<(WebApplication App, string BaseUrl)> StartSite(string contentPath, params string[] settings)
    {
        var app = IopFinder.Web.SiteHost.Build(
            ["--urls", "http://127.0.0.1:0", $"--Catalog:ContentPath={contentPath}", "--Logging:LogLevel:Default=Warning",
             $"--ConnectionStrings:Staff=Data Source={Path.Combine(StaffData, "staff-" + Guid.NewGuid().ToString("N") + ".db")}",
             $"--Mail:PickupFolder={Path.Combine(StaffData, "mail-" + Guid.NewGuid().ToString("N"))}", .. settings]);
        await app.StartAsync();
        return (app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>A page of its own context, on this site unless another site's address is given.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true, string? baseUrl = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            BaseURL = baseUrl ?? BaseUrl,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>Where tests leave screenshots for people to look at.</summary>
    public static string ArtifactPath(string name)
    {
        var dir = Path.Combine(RepoRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}

/// <summary>
/// The public pages' journeys (and the editor's typing check): one browser, the example site and the
/// national-catalog site, one class at a time. The browser tests are two collections of about equal length (each
/// about 7 minutes of test time on a quiet 2-core machine), each with its own browser, so they run side by side on
/// two cores instead of one after the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<NationalSiteFixture>
{
    public const string Name = "browser";
}

/// <summary>The staff portal's journeys and the axe passes over every page: the other half, with a browser of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PortalAndAxeCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser-portal-and-axe";
}
