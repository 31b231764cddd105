using Microsoft.AspNetCore.Builder;

namespace IopFinder.Browser.Tests;

/// <summary>A second site on the bundled national catalog (content/), for what only the real catalog shows: 51 states' counts, dead filters.</summary>
public sealed class NationalSite : IAsyncLifetime
{
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync() => (_app, BaseUrl) = await BrowserFixture.StartSite(IopFinder.Core.Tests.Support.Repo.Content);

    public async Task DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
