
namespace IopFinder.Browser.Tests.Shared;

[Collection(PortalAndAxeCollection.Name)]
public class AccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?near=02139&condition=depression&time=evening")]
    [InlineData("/?condition=eating-disorders&near=Knoxville,%20TN&radius=10")]
    [InlineData("/programs/harborview-example-iop")]
    [InlineData("/programs/no-such-program")]
    [InlineData("/compare?ids=harborview-example-iop,beacon-hill-example-iop&insurance=medicaid&w.insurance=3&time=evening")]
    [InlineData("/compare")]
    [InlineData("/compare?ids=harborview-example-iop,beacon-hill-example-iop")]
    [InlineData("/compare?ids=harborview-example-iop,beacon-hill-example-iop&lang=es")]
    [InlineData("/status")]
    [InlineData("/?time=evening&include_unknown=true")]
    [InlineData("/?level=php")]
    [InlineData("/programs/north-shore-example-day-program")]
    [InlineData("/corrections?id=twin-ports-example-iop")]
    [InlineData("/for-programs?id=twin-ports-example-iop")]
    [InlineData("/for-programs")]
    [InlineData("/programs/puget-example-spanish-iop?lang=es")]
    [InlineData("/programs/no-such-program?lang=es")]
    [InlineData("/status?lang=es")]
    [InlineData("/for-programs?id=twin-ports-example-iop&lang=es")]
    [InlineData("/?near=Portland&lang=es&time=evening&include_unknown=true")]
    public async Task Page_HasNoAxeViolations(string url)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(url);
        await AxeAssert.NoViolations(page);
    }
}
