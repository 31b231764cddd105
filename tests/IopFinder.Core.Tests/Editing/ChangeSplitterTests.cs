using IopFinder.Core.Editing;
using static IopFinder.Core.Tests.Editing.EditForms;

namespace IopFinder.Core.Tests.Editing;

public class ChangeSplitterTests
{
    private static readonly ChangeSplitter Splitter = new(Texts);

    private static string Edited(params (string Key, string[]? Values)[] changes) => Reader().Read("harbor-view-iop", With(changes), null).Text!;

    [Fact]
    public void Split_PhoneAndName_PhoneGoesLiveNameWaits()
    {
        var split = Splitter.Split("harbor-view-iop", ValidText(), Edited(("contact.phone", ["617-555-0199"]), ("name", ["Harbor View Day IOP"])));

        Assert.Equal("617-555-0199", split.Live!.Contact.Phone);
        Assert.Equal("Harbor View IOP", split.Live.Name);
        Assert.Equal(["contact"], split.LiveChanges.Select(c => c.Key));
        var pending = Assert.Single(split.Pending);
        Assert.Equal("name", pending.Key);
        Assert.Contains("Harbor View Day IOP", pending.After);
    }

    [Fact]
    public void Split_LivePartInvalidWithoutReviewedPart_EverythingWaits()
    {
        var opened = Reader().Read("harbor-view-iop", With(("formats", ["virtual"]), ("virtual_states", ["MA"]),
            ("locations[0].address", null), ("locations[0].city", null), ("locations[0].state", null), ("locations[0].zip", null)), null).Text!;
        var edited = Edited(("formats", ["in-person"]));

        var split = Splitter.Split("harbor-view-iop", opened, edited);

        Assert.Empty(split.LiveChanges);
        Assert.Equal(["formats", "locations", "virtual_states"], split.Pending.Select(c => c.Key).Order());
        Assert.Equal(["virtual"], split.Live!.Formats);
    }

    [Fact]
    public void Apply_ApprovedChangeAfterLiveEdits_KeepsTheLiveEdits()
    {
        var split = Splitter.Split("harbor-view-iop", ValidText(), Edited(("contact.phone", ["617-555-0199"]), ("name", ["Harbor View Day IOP"])));
        var now = IopFinder.Core.Content.ListingWriter.Write(split.Live!);

        var (approved, problems) = Splitter.Apply("harbor-view-iop", now, split.Pending);

        Assert.Empty(problems);
        Assert.Equal("Harbor View Day IOP", approved!.Name);
        Assert.Equal("617-555-0199", approved.Contact.Phone);
    }
}
