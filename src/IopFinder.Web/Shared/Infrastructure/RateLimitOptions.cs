using System.ComponentModel.DataAnnotations;

namespace IopFinder.Web.Shared.Infrastructure;

/// <summary>Requests each client address may make per window (section "RateLimit"); loopback is never limited.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests allowed per window for one client address.</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 300;

    /// <summary>The window length in seconds.</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>Reverse proxies whose X-Forwarded-For is believed (section "Proxy"); without any, the connection's address is the client.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>IP addresses of trusted proxies.</summary>
    public List<string> KnownProxies { get; set; } = [];
}
