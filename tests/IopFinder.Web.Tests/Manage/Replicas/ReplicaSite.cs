using System.Globalization;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Tests.Manage.Editing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Manage.Replicas;

/// <summary>
/// One replica: the portal on its own clone of <paramref name="remote"/> (<c>Git:Remote</c> = origin), its own staff
/// database and SMTP server, pulling every <paramref name="pullSeconds"/> and when <paramref name="signal"/> (shared by
/// the replicas, if given) says another pushed.
/// </summary>
public sealed class ReplicaSite(ContentRemoteFolder remote, string name, int pullSeconds, LinkedSignal? signal = null) : PortalSite
{
    public string Clone { get; } = remote.Clone(name);

    public override string ContentPath => Path.Combine(Clone, "content");

    /// <summary>A client signed in as <see cref="EditorSite.Staff"/>, who holds <see cref="EditorSite.Listing"/> on this replica.</summary>
    public Task<EditorClient> StaffClientAsync() => EditorSite.StaffClientAsync(this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Catalog:ReloadDebounceMilliseconds", "100");
        builder.UseSetting("Git:Remote", "origin");
        builder.UseSetting("Git:PullSeconds", pullSeconds.ToString(CultureInfo.InvariantCulture));
        if (signal is not null) builder.ConfigureServices(services => services.AddSingleton<IContentSignal>(signal));
    }
}
