using IopFinder.Core.Fields;
using IopFinder.Web.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Manage.Editing;

/// <summary>
/// The portal on a temporary copy of the example catalog (saves write there, never into tests/fixtures), with a
/// short live-reload wait; <see cref="Staff"/> holds Harborview through its own contact e-mail.
/// </summary>
public sealed class EditorSite : PortalSite
{
    public const string Listing = "harborview-example-iop";
    public const string Staff = "intake@harborview.example.org";

    /// <param name="dir">Where the copy goes (a small disk, in the full-disk tests); a new temporary folder unless given.</param>
    /// <param name="staffConnection">The staff database (PostgreSQL in its tests); a new SQLite file unless given.</param>
    public EditorSite(string? dir = null, string? staffConnection = null) : base(staffConnection)
    {
        Dir = dir ?? Path.Combine(Path.GetTempPath(), "iopfinder-editor-" + Guid.NewGuid().ToString("N"));
        ExampleCatalogCopy.To(Dir);
    }

    public string Dir { get; }

    /// <summary>Fields registered after the site's own, as docs/adding-a-field.md says (none unless given).</summary>
    public IReadOnlyList<FieldDefinition> AddedFields { get; init; } = [];

    public override string ContentPath => Dir;

    public string FileOf(string id) => File.ReadAllText(Path.Combine(Dir, "programs", id + ".md"));

    /// <summary>A client signed in as <see cref="Staff"/> who has claimed <see cref="Listing"/>.</summary>
    public Task<EditorClient> StaffClientAsync() => StaffClientAsync(this);

    /// <summary>A client of <paramref name="site"/> signed in as <see cref="Staff"/> who has claimed <see cref="Listing"/>.</summary>
    public static async Task<EditorClient> StaffClientAsync(PortalSite site)
    {
        var client = site.NewClient();
        await client.SignInWithCodeAsync(Staff);
        await client.ClaimAsync(Listing);
        return new EditorClient(client);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Catalog:ReloadDebounceMilliseconds", "100");
        if (AddedFields.Count > 0) builder.ConfigureServices(services => services.AddSingleton(ListingFields.Registry.With([.. AddedFields])));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
    }
}
