using System.Text;
using System.Text.RegularExpressions;

namespace IopFinder.Browser.Tests.Programs;

/// <summary>Each page prints in the shape it is read in: the comparison across a landscape sheet, everything else upright.</summary>
[Collection(BrowserCollection.Name)]
public partial class PrintTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/compare?ids=harborview-example-iop,beacon-hill-example-iop", "0 0 792 612")]
    [InlineData("/programs/harborview-example-iop", "0 0 612 792")]
    [InlineData("/?near=02139", "0 0 612 792")]
    public async Task Page_PrintsOnLetterInItsOwnOrientation(string url, string mediaBox)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(url);
        await Microsoft.Playwright.Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "Letter", PreferCSSPageSize = true }));
        var boxes = MediaBox().Matches(pdf).Select(m => m.Groups[1].Value.Trim()).Distinct().ToList();
        Assert.Equal([mediaBox], boxes);
    }

    [GeneratedRegex(@"/MediaBox\s*\[([^\]]*)\]")]
    private static partial Regex MediaBox();
}
