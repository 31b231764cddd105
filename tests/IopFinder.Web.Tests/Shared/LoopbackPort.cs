using System.Net;
using System.Net.Sockets;

namespace IopFinder.Web.Tests.Shared;

/// <summary>A loopback port no one listens on right now, for the servers a test starts (SMTP, PostgreSQL).</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
