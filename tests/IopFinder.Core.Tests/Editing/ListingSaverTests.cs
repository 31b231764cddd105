using IopFinder.Core.Editing;
using static IopFinder.Core.Tests.Editing.EditForms;

namespace IopFinder.Core.Tests.Editing;

public class ListingSaverTests
{
    private const string Id = "harbor-view-iop";

    private static Listings.Listing Edited(params (string Key, string[]? Values)[] changes) => Reader().Read(Id, With(changes), null).Listing!;

    [Fact]
    public async Task Save_FileUnchangedSinceOpened_WritesCanonicalTextAndNewVersion()
    {
        using var content = new TempContent();
        var opened = content.Add(Id, ValidText());

        var result = await content.Saver.SaveAsync(Id, opened, Edited(("contact.phone", ["617-555-0199"])));

        var saved = Assert.IsType<Saved>(result);
        var text = File.ReadAllText(content.PathOf(Id));
        Assert.Contains("phone: \"617-555-0199\"", text);
        Assert.Equal(saved.Version, content.Saver.Open(Id).Version);
        Assert.Equal(["contact"], saved.Changes.Select(c => c.Key));
        Assert.Equal(GitStatus.NotARepository, saved.Git.Status);
        Assert.Equal([content.PathOf(Id)], Directory.GetFiles(content.Programs));
    }

    [Fact]
    public async Task Save_FileChangedSinceOpened_WritesNothingAndReturnsBothVersions()
    {
        using var content = new TempContent();
        var opened = content.Add(Id, ValidText());
        var theirs = ValidText().Replace("617-555-0100", "617-555-0142");
        File.WriteAllText(content.PathOf(Id), theirs);

        var result = await content.Saver.SaveAsync(Id, opened, Edited(("contact.phone", ["617-555-0199"]), ("waitlist_weeks", ["3"])));

        var conflict = Assert.IsType<SaveConflict>(result);
        Assert.Equal(theirs, File.ReadAllText(content.PathOf(Id)));
        Assert.Equal(theirs, conflict.DiskText);
        Assert.Contains("617-555-0199", conflict.MyText);
        Assert.Equal(content.Saver.Open(Id).Version, conflict.DiskVersion);
        Assert.Equal(["contact", "waitlist_weeks"], conflict.Changes.Select(c => c.Key));
    }

    [Fact]
    public async Task Save_FileDeletedSinceOpened_IsConflictAndNothingIsCreated()
    {
        using var content = new TempContent();
        var opened = content.Add(Id, ValidText());
        File.Delete(content.PathOf(Id));

        var conflict = Assert.IsType<SaveConflict>(await content.Saver.SaveAsync(Id, opened, Edited()));

        Assert.Null(conflict.DiskText);
        Assert.Equal(ListingVersion.None, conflict.DiskVersion);
        Assert.False(File.Exists(content.PathOf(Id)));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("Upper")]
    [InlineData("a/b")]
    [InlineData("")]
    public async Task Save_IdThatIsNoListingId_IsRefusedAndWritesNothing(string id)
    {
        using var content = new TempContent();

        var failed = Assert.IsType<SaveFailed>(await content.Saver.SaveAsync(id, ListingVersion.None, Edited()));

        Assert.Equal(SaveFailure.NotAListingId, failed.Reason);
        Assert.Empty(Directory.GetFiles(content.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Save_SameListingAsOnDisk_WritesNothing()
    {
        using var content = new TempContent();
        var opened = content.Add(Id, ValidText());
        var before = File.GetLastWriteTimeUtc(content.PathOf(Id));

        var saved = Assert.IsType<Saved>(await content.Saver.SaveAsync(Id, opened, Edited()));

        Assert.Empty(saved.Changes);
        Assert.Equal(opened, saved.Version);
        Assert.Equal(before, File.GetLastWriteTimeUtc(content.PathOf(Id)));
    }

    [Fact]
    public async Task Save_ListingInSubfolder_IsWrittenWhereItIs()
    {
        using var content = new TempContent();
        Directory.CreateDirectory(Path.Combine(content.Programs, "ma"));
        var path = Path.Combine(content.Programs, "ma", Id + ".md");
        File.WriteAllText(path, ValidText());

        var result = await content.Saver.SaveAsync(Id, content.Saver.Open(Id).Version, Edited(("contact.phone", ["617-555-0199"])));

        Assert.IsType<Saved>(result);
        Assert.Contains("617-555-0199", File.ReadAllText(path));
        Assert.False(File.Exists(content.PathOf(Id)));
    }

    [Fact]
    public async Task Save_NewListingFromNoVersion_CreatesTheFile()
    {
        using var content = new TempContent();

        var saved = Assert.IsType<Saved>(await content.Saver.SaveAsync(Id, ListingVersion.None, Edited()));

        Assert.Equal(ValidText(), File.ReadAllText(content.PathOf(Id)));
        Assert.Equal(ListingVersion.Of(ValidText()), saved.Version);
        Assert.Equal("name", saved.Changes[0].Key);
    }

    [Fact]
    public async Task Save_NewListingWhoseIdIsTaken_IsConflictAndLeavesTheOtherFile()
    {
        using var content = new TempContent();
        var other = ValidText().Replace("Harbor View IOP", "Another Program");
        content.Add(Id, other);

        var conflict = Assert.IsType<SaveConflict>(await content.Saver.SaveAsync(Id, ListingVersion.None, Edited()));

        Assert.Equal(other, conflict.DiskText);
        Assert.Equal(other, File.ReadAllText(content.PathOf(Id)));
    }
}
