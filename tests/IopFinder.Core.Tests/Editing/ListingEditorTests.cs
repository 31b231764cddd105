using IopFinder.Core.Editing;
using static IopFinder.Core.Tests.Editing.EditForms;

namespace IopFinder.Core.Tests.Editing;

public class ListingEditorTests
{
    private const string Id = "harbor-view-iop";

    [Fact]
    public async Task Submit_PhoneAndName_SavesPhoneAtOnceAndReturnsNameForReview()
    {
        using var content = new TempContent();
        var opened = content.Add(Id, ValidText());

        var result = await content.Editor.SubmitAsync(Id, opened, With(("contact.phone", ["617-555-0199"]), ("name", ["Harbor View Day IOP"])));

        var saved = Assert.IsType<Saved>(result);
        var now = content.Saver.Open(Id);
        Assert.Equal("617-555-0199", now.Listing!.Contact.Phone);
        Assert.Equal("Harbor View IOP", now.Listing.Name);
        Assert.Equal(now.Version, saved.Version);
        Assert.Equal(["contact"], saved.Changes.Select(c => c.Key));
        Assert.Equal(["name"], saved.Pending.Select(c => c.Key));
    }

    [Theory]
    [InlineData("conditions", "anxiety", "depression")]
    [InlineData("levels_of_care", "php", "iop")]
    public async Task Submit_PhoneOnly_OnAFileWithTermsInAnotherOrder_ChangesOnlyThePhone(string key, string first, string second)
    {
        using var content = new TempContent();
        // The file lists the terms in another order than the checkboxes post them.
        var opened = content.Add(Id, Reader().Read(Id, With((key, [first, second])), null).Text!);

        var saved = Assert.IsType<Saved>(await content.Editor.SubmitAsync(Id, opened,
            With(("contact.phone", ["617-555-0199"]), (key, [second, first]))));

        Assert.Equal(["contact"], saved.Changes.Select(c => c.Key));
        Assert.Empty(saved.Pending);
        Assert.Contains($"{key}: [{first}, {second}]", File.ReadAllText(content.PathOf(Id)));
    }

    [Fact]
    public async Task Submit_OnlyReviewedChanges_WritesNothingAndReturnsThemPending()
    {
        using var content = new TempContent();
        var opened = content.Add(Id, ValidText());

        var saved = Assert.IsType<Saved>(await content.Editor.SubmitAsync(Id, opened, With(("locations[0].zip", ["02138"]), ("locations[0].city", ["Cambridge"]))));

        Assert.Equal(opened, saved.Version);
        Assert.Empty(saved.Changes);
        Assert.Equal(["locations"], saved.Pending.Select(c => c.Key));
        Assert.Equal(ValidText(), File.ReadAllText(content.PathOf(Id)));
    }

    [Theory]
    [MemberData(nameof(HostileFormTests.Forms), MemberType = typeof(HostileFormTests))]
    public async Task Submit_HostileForm_WritesNothing(string why, List<KeyValuePair<string, IReadOnlyList<string>>> form, string key, string message)
    {
        using var content = new TempContent();
        var opened = content.Add(Id, ValidText());

        var invalid = Assert.IsType<SaveInvalid>(await content.Editor.SubmitAsync(Id, opened, form));

        Assert.Contains(invalid.Problems, p => p.Key == key && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(ValidText(), File.ReadAllText(content.PathOf(Id)));
        Assert.True(Directory.GetFiles(content.Programs).Length == 1, why);
    }

    [Fact]
    public async Task Submit_StaleVersion_IsConflictWithTheirsAndMine()
    {
        using var content = new TempContent();
        var opened = content.Add(Id, ValidText());
        var theirs = content.Add(Id, ValidText().Replace("\"true\"", "\"false\"").Replace("accepting_new_patients: true", "accepting_new_patients: false"));

        var conflict = Assert.IsType<SaveConflict>(await content.Editor.SubmitAsync(Id, opened, With(("contact.phone", ["617-555-0199"]))));

        Assert.Equal(theirs, conflict.DiskVersion);
        Assert.Contains("accepting_new_patients: false", conflict.DiskText);
        Assert.Contains("accepting_new_patients: true", conflict.MyText);
        Assert.Equal(["contact", "accepting_new_patients"], conflict.Changes.Select(c => c.Key));
        Assert.Contains("accepting_new_patients: false", File.ReadAllText(content.PathOf(Id)));
    }

    [Fact]
    public async Task Submit_TwoSavesOfOneListingAtOnce_OneIsSavedTheOtherIsConflict()
    {
        using var content = new TempContent(git: true);
        var opened = content.Add(Id, ValidText());
        string[] phones = ["617-555-0101", "617-555-0102"];

        var results = await Task.WhenAll(phones.Select(phone =>
            Task.Run(() => content.Editor.SubmitAsync(Id, opened, With(("contact.phone", [phone]))))));

        var saved = Assert.Single(results.OfType<Saved>());
        var conflict = Assert.Single(results.OfType<SaveConflict>());
        var winner = phones[Array.IndexOf(results, saved)];
        Assert.Equal(winner, content.Saver.Open(Id).Listing!.Contact.Phone);
        Assert.Contains(winner, conflict.DiskText);
        Assert.Equal(saved.Version, conflict.DiskVersion);
        Assert.Equal("3\n", content.Git("rev-list", "--count", "HEAD"));
    }

    [Fact]
    public async Task Submit_ListingWithoutFile_IsNotFound()
    {
        using var content = new TempContent();

        var failed = Assert.IsType<SaveFailed>(await content.Editor.SubmitAsync("no-such-iop", ListingVersion.None, Valid()));

        Assert.Equal(SaveFailure.NotFound, failed.Reason);
        Assert.Empty(Directory.GetFiles(content.Programs));
    }
}
