using IopFinder.Core.Fields;
using IopFinder.Core.Filtering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Fields;

/// <summary>
/// The site with one field and filter more than its own, registered as docs/adding-a-field.md says
/// ("accepts walk-ins"), on a content folder of four listings: one says yes, one no, one nothing, and one
/// answers "maybe", which the validator must turn away.
/// </summary>
public sealed class WalkInsCatalogFactory : SiteFactory
{
    /// <summary>The field, registered as the doc shows.</summary>
    public static FieldDefinition Field { get; } = ExtraFields.YesNo("accepts_walk_ins");

    /// <summary>The filter over it, registered as the doc shows.</summary>
    public static FlagFilter Filter { get; } = FlagFilter.Over(Field, "walk_ins");

    public const string Yes = "walk-ins-yes-iop", No = "walk-ins-no-iop", Silent = "walk-ins-silent-iop", Maybe = "walk-ins-maybe-iop";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "iopfinder-walkins-" + Guid.NewGuid().ToString("N"));

    public WalkInsCatalogFactory()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "programs"));
        File.Copy(Path.Combine(RepoRoot, "content", "taxonomy.yml"), Path.Combine(_dir, "taxonomy.yml"));
        File.WriteAllText(ListingPath(Yes), Listing("Walk-ins Yes IOP", "accepts_walk_ins: true\n"));
        File.WriteAllText(ListingPath(No), Listing("Walk-ins No IOP", "accepts_walk_ins: false\n"));
        File.WriteAllText(ListingPath(Silent), Listing("Walk-ins Silent IOP", ""));
        File.WriteAllText(ListingPath(Maybe), Listing("Walk-ins Maybe IOP", "accepts_walk_ins: maybe\n"));
    }

    public override string ContentPath => _dir;

    /// <summary>Where a listing's file is, as the catalog's messages name it.</summary>
    public string ListingPath(string id) => Path.Combine(_dir, "programs", id + ".md");

    /// <summary>A valid listing with its walk-ins line (or none).</summary>
    public static string Listing(string name, string walkIns) =>
        $"---\nname: {name}\nlevels_of_care: [iop]\nconditions: [depression]\nformats: [in-person]\n" +
        "locations:\n  - city: Cambridge\n    state: MA\n    zip: \"02139\"\n" + walkIns + "---\nA listing for the walk-ins test.\n";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(ListingFields.Registry.With(Field));
            services.AddSingleton(Filters.Registry.With(Filter));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
