using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;

namespace IopFinder.Web.Tests.Manage;

/// <summary>
/// The site whose staff database is PostgreSQL on a loopback port nobody listens on: the database is down for the
/// whole life of the site, from before it starts.
/// </summary>
public sealed class StaffDatabaseAwaySite : SiteFactory
{
    public int ClosedPort { get; } = FreePort();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Staff", $"Host=127.0.0.1;Port={ClosedPort};Database=iopfinder;Username=iopfinder;Password=unused;Timeout=5");
    }

    /// <summary>A port the system just handed out and took back: nothing listens on it.</summary>
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
