using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Browser.Tests;

/// <summary>The site on the bundled national catalog (content/), for defects seen on real listings.</summary>
public sealed class NationalSiteFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _app = IopFinder.Web.SiteHost.Build(
            ["--urls", "http://127.0.0.1:0", $"--Catalog:ContentPath={IopFinder.Core.Tests.Support.Repo.Content}", "--Catalog:Watch=false", "--Logging:LogLevel:Default=Warning"]);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
