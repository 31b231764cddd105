using IopFinder.Core.Editing;
using IopFinder.Core.Listings;
using static IopFinder.Core.Tests.Editing.EditForms;

namespace IopFinder.Core.Tests.Editing;

/// <summary>"Everything is still right" writes <c>confirmed</c> and nothing else.</summary>
public class ListingConfirmerTests
{
    private const string Id = "harbor-view-iop";

    [Fact]
    public async Task Confirm_ValidListing_AddsOnlyTheConfirmedLineAndCommitsIt()
    {
        using var content = new TempContent(git: true);
        content.Add(Id, ValidText());
        var before = File.ReadAllLines(content.PathOf(Id));

        var saved = Assert.IsType<Saved>(await new ListingConfirmer(content.Saver).ConfirmAsync(Id, new DateOnly(2026, 12, 5)));

        var after = File.ReadAllLines(content.PathOf(Id));
        Assert.Equal(["confirmed: {date: 2026-12-05, by: program}"], after.Except(before));
        Assert.Empty(before.Except(after));
        Assert.Equal($"{Id}: confirmed.date, confirmed.by\n", content.Git("log", "-1", "--format=%s"));
        Assert.Equal(GitStatus.Committed, saved.Git.Status);
    }

    [Fact]
    public async Task Confirm_NoSuchListing_FailsAndWritesNothing()
    {
        using var content = new TempContent();

        var failed = Assert.IsType<SaveFailed>(await new ListingConfirmer(content.Saver).ConfirmAsync("no-such-iop", new DateOnly(2026, 12, 5)));

        Assert.Equal(SaveFailure.NotFound, failed.Reason);
        Assert.Empty(Directory.EnumerateFiles(content.Programs));
    }
}
