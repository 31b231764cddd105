using IopFinder.Web.Manage.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Manage;

/// <summary>
/// The site on the example catalog with the staff portal wired to its own temporary SQLite file, its own
/// real SMTP server and a clock the test advances. One per test.
/// </summary>
/// <param name="staffConnection">Another staff database (a PostgreSQL one from <see cref="Shared.PostgresServer"/>) instead of the SQLite file.</param>
public class PortalSite(string? staffConnection = null) : SiteFactory
{
    public const string Maintainer = "maintainer@iopfinder.example";

    public SmtpCapture Mail { get; } = new();

    public ManualClock Clock { get; } = new(Today);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:From", "IopFinder <portal@iopfinder.example>");
        builder.UseSetting("Staff:Maintainers:0", Maintainer);
        if (staffConnection is not null) builder.UseSetting("ConnectionStrings:Staff", staffConnection);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (so tests see them).</summary>
    public PortalClient NewClient() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), Mail);

    /// <summary>Reads the staff database directly, to check what was (not) stored.</summary>
    public T Read<T>(Func<StaffDb, T> query)
    {
        using var scope = StaffScope();
        return query(scope.ServiceProvider.GetRequiredService<StaffDb>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
