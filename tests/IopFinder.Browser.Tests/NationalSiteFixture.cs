using Microsoft.AspNetCore.Builder;

namespace IopFinder.Browser.Tests;

/// <summary>The site on the bundled national catalog (content/), for what only real listings show: 51 states' counts, dead filters, long pages.</summary>
public sealed class NationalSiteFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync() =>
        (_app, BaseUrl) = await BrowserFixture.StartSite(IopFinder.Core.Tests.Support.Repo.Content, "--Catalog:Watch=false");

    public async Task DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
