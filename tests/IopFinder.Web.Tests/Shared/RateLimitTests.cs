using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Shared;

/// <summary>The test host has no network peer: a startup filter plays the connection's address from a test header.</summary>
public sealed class RateLimitedFactory : SiteFactory
{
    public const string PeerHeader = "X-Test-Peer";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimit:PermitLimit", "5");
        builder.UseSetting("RateLimit:WindowSeconds", "60");
        builder.UseSetting("Proxy:KnownProxies:0", "203.0.113.9");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new PeerStartupFilter()));
    }

    private sealed class PeerStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[PeerHeader], out var peer)) context.Connection.RemoteIpAddress = peer;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    private async Task<HttpResponseMessage> Get(string peer, string? forwardedFor = null, string url = "/api/programs?size=1")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(RateLimitedFactory.PeerHeader, peer);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await factory.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task TooManyRequestsFromOneAddress_Get429WithRetryAfter()
    {
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await Get("203.0.113.7")).StatusCode);
        var refused = await Get("203.0.113.7");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) is >= 1 and <= 60);
        Assert.Contains("988", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await Get("203.0.113.70")).StatusCode);
    }

    [Fact]
    public async Task Loopback_IsNeverLimited()
    {
        for (var i = 0; i < 12; i++) Assert.Equal(HttpStatusCode.OK, (await Get("127.0.0.1")).StatusCode);
    }

    [Fact]
    public async Task ForwardedForFromAnUntrustedPeer_IsIgnored()
    {
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await Get("203.0.113.8", $"198.51.100.{i}")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Get("203.0.113.8", "198.51.100.99")).StatusCode);
    }

    [Fact]
    public async Task ForwardedForFromATrustedProxy_LimitsEachRealClient()
    {
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await Get("203.0.113.9", "198.51.100.20")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Get("203.0.113.9", "198.51.100.20")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get("203.0.113.9", "198.51.100.21")).StatusCode);
    }
}
