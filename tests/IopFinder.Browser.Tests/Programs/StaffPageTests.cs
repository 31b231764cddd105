namespace IopFinder.Browser.Tests.Programs;

[Collection(BrowserCollection.Name)]
public class StaffPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Phone_TermTablesFitWithoutScrollingThePageSideways()
    {
        var page = await fixture.NewPageAsync(360, 740);
        await page.GotoAsync("/for-programs");
        Assert.True(await page.Locator("#terms-populations + .table-scroll td[lang=es]").CountAsync() > 10);
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        await page.Locator("#terms-formats + .table-scroll").ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("for-programs-terms-phone.png") });
    }
}
