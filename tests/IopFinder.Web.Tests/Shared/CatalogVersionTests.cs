using IopFinder.Core.Geo;
using IopFinder.Core.Tests.Checklist;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Tests.Shared;

/// <summary>The catalog version names what is served: any edit a family would notice changes it (caches key on it).</summary>
public sealed class CatalogVersionTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "iopfinder-version-" + Guid.NewGuid().ToString("N"));

    public CatalogVersionTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "programs"));
        File.Copy(Path.Combine(SiteFactory.RepoRoot, "content", "taxonomy.yml"), Path.Combine(_dir, "taxonomy.yml"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string VersionWith(string field)
    {
        File.WriteAllText(Path.Combine(_dir, "programs", "a.md"),
            $"---\nname: A\nlevels_of_care: [iop]\nconditions: [depression]\nformats: [virtual]\nvirtual_states: [MA]\n{field}\n---\n");
        var store = new CatalogStore(Options.Create(new CatalogOptions { ContentPath = _dir }), ZipTable.Default, new FixedClock(SiteFactory.Today), NullLogger<CatalogStore>.Instance);
        return store.Load().Version;
    }

    [Theory]
    [InlineData("schedule:\n  - days: [mon]\n    start: \"09:00\"\n    end: \"12:00\"", "schedule:\n  - days: [mon]\n    start: \"17:00\"\n    end: \"20:00\"")]
    [InlineData("program_weeks: 8", "program_weeks: 10")]
    [InlineData("waitlist_weeks: 1", "waitlist_weeks: 4")]
    [InlineData("medications: [naltrexone]", "medications: [buprenorphine]")]
    [InlineData("description_language: es", "description_language: en")]
    public void AnEdit_ChangesTheVersion(string before, string after) => Assert.NotEqual(VersionWith(before), VersionWith(after));

    [Fact]
    public void NoEdit_KeepsTheVersion() => Assert.Equal(VersionWith("program_weeks: 8"), VersionWith("program_weeks: 8"));

    [Fact]
    public void TouchingAFileWithoutEditingIt_KeepsTheVersion()
    {
        var before = VersionWith("program_weeks: 8");
        File.SetLastWriteTimeUtc(Path.Combine(_dir, "programs", "a.md"), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var store = new CatalogStore(Options.Create(new CatalogOptions { ContentPath = _dir }), ZipTable.Default, new FixedClock(SiteFactory.Today), NullLogger<CatalogStore>.Instance);
        var after = store.Load();
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), after.Index.Catalog.Files["programs/a.md"].Modified);
        Assert.Equal(before, after.Version);
    }
}
