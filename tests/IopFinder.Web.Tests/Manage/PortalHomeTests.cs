using IopFinder.Web.Tests.Manage.Editing;

namespace IopFinder.Web.Tests.Manage;

/// <summary>The portal's front page for a signed-in person: their listings by name, with each one's confirmation state.</summary>
public class PortalHomeTests
{
    [Fact]
    public async Task Home_AfterAnEdit_StillShowsTheListingByNameWithItsConfirmationState()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();
        var saved = await client.SubmitAsync("/manage/listings/" + EditorSite.Listing, f => EditorClient.Set(f, "contact.phone", "617-555-0177"));
        Assert.NotNull((await PortalClient.Html(saved)).QuerySelector("#live-now"));

        var home = await client.OpenAsync("/manage");

        var item = home.QuerySelector("#my-listings li")!;
        Assert.Contains("Harborview", item.QuerySelector("a")!.TextContent);
        Assert.Contains("Never confirmed", item.TextContent);
    }
}
