using IopFinder.Core.Content;
using IopFinder.Core.Fields;
using IopFinder.Core.Geo;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Fields;

/// <summary>A yes/no field registered beyond the site's own is read, checked, written and kept between starts like a built-in one.</summary>
public sealed class ExtraFieldTests : IDisposable
{
    private static readonly FieldDefinition WalkIns = ExtraFields.YesNo("accepts_walk_ins");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "iopfinder-extra-" + Guid.NewGuid().ToString("N"));
    private readonly string _snapshots = Path.Combine(Path.GetTempPath(), "iopfinder-extra-snapshot-" + Guid.NewGuid().ToString("N"));

    public ExtraFieldTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "programs"));
        File.Copy(Repo.TaxonomyFile, Path.Combine(_dir, "taxonomy.yml"));
        File.WriteAllText(Path.Combine(_dir, "programs", "yes.md"), TestCatalog.FrontMatter("Walk-ins IOP", "conditions: [depression]", "accepts_walk_ins: yes"));
        File.WriteAllText(Path.Combine(_dir, "programs", "silent.md"), TestCatalog.FrontMatter("Silent IOP", "conditions: [depression]"));
    }

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        if (Directory.Exists(_snapshots)) Directory.Delete(_snapshots, recursive: true);
    }

    private Catalog Start(FieldRegistry fields)
    {
        var loader = new CatalogLoader(ZipTable.Default, _snapshots, fields);
        var catalog = loader.Load(_dir, "content");
        loader.SnapshotWritten.Wait();
        return catalog;
    }

    [Fact]
    public void RegisteredField_IsReadAndKeptBetweenStarts_AndTheSilentListingDoesNotSay()
    {
        var fields = ListingFields.Registry.With(WalkIns);
        Start(fields);
        var second = Start(fields);

        Assert.Equal(0, second.Parsed);
        Assert.Equal(true, WalkIns.Get(second.Listings.Single(l => l.Id == "yes")));
        Assert.Null(WalkIns.Get(second.Listings.Single(l => l.Id == "silent")));
    }

    [Fact]
    public void SiteWithoutTheField_ReportsItAsUnknown_EvenAfterAStartThatKnewIt()
    {
        Start(ListingFields.Registry.With(WalkIns));
        var without = Start(ListingFields.Registry);

        Assert.Contains(without.Problems, p => p.Path == "content/programs/yes.md" && p.Message.Contains("accepts_walk_ins", StringComparison.Ordinal));
    }

    [Fact]
    public void WrittenListing_KeepsTheAnswer_AfterTheBuiltInFields()
    {
        var listing = Start(ListingFields.Registry.With(WalkIns)).Listings.Single(l => l.Id == "yes");

        var written = ListingWriter.Write(listing);

        Assert.Contains("accepts_walk_ins: true\n---\n", written);
    }

    [Fact]
    public void Registry_PlacesAddedFieldsBeforeTheBody_AndRejectsATakenKey()
    {
        var fields = ListingFields.Registry.With(WalkIns);

        Assert.Equal(["accepts_walk_ins", "body"], fields.All.TakeLast(2).Select(f => f.Key));
        Assert.Equal([WalkIns], fields.Extras);
        Assert.Throws<InvalidOperationException>(() => ListingFields.Registry.With(ExtraFields.YesNo("claimed")));
    }
}
