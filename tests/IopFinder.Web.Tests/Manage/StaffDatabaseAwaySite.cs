using IopFinder.Web.Tests.Shared;
using Microsoft.AspNetCore.Hosting;

namespace IopFinder.Web.Tests.Manage;

/// <summary>
/// The site whose staff database is PostgreSQL on a loopback port nobody listens on: the database is down for the
/// whole life of the site, from before it starts.
/// </summary>
public sealed class StaffDatabaseAwaySite : SiteFactory
{
    /// <summary>A port the system just handed out and took back: nothing listens on it.</summary>
    public int ClosedPort { get; } = LoopbackPort.Free();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Staff", $"Host=127.0.0.1;Port={ClosedPort};Database=iopfinder;Username=iopfinder;Password=unused;Timeout=5");
    }
}
