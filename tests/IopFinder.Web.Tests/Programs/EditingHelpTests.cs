using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;

namespace IopFinder.Web.Tests.Programs;

/// <summary>The example catalog with a corrections address and a source repository configured.</summary>
public sealed class EditingHelpFactory : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Catalog:CorrectionsEmail", "listings@iopfinder.example.org");
        builder.UseSetting("Catalog:SourceRepositoryUrl", "https://git.example.org/iopfinder/content/");
    }
}

public class EditingHelpTests(EditingHelpFactory configured, SiteFactory plain) : IClassFixture<EditingHelpFactory>, IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ProgramPage_OffersAPrefilledCorrectionAndAnEditLink()
    {
        var doc = new HtmlParser().ParseDocument(await configured.CreateClient().GetStringAsync("/programs/harborview-example-iop"));
        var correction = doc.QuerySelector(".correction-links a[href^='mailto:']")!.GetAttribute("href")!;
        Assert.StartsWith("mailto:listings@iopfinder.example.org?subject=", correction);
        Assert.Contains(Uri.EscapeDataString("harborview-example-iop"), correction);
        Assert.Equal("https://git.example.org/iopfinder/content/programs/harborview-example-iop.md",
            doc.QuerySelector(".correction-links a:not([href^='mailto:'])")!.GetAttribute("href"));
        Assert.Contains("Last reviewed on October 1, 2026.", doc.QuerySelector(".provenance")!.TextContent);
    }

    [Fact]
    public async Task ProgramPage_WithoutConfiguration_WritesToTheProgramAndHasNoEditLink()
    {
        var doc = new HtmlParser().ParseDocument(await plain.CreateClient().GetStringAsync("/programs/harborview-example-iop"));
        Assert.StartsWith("mailto:intake@harborview.example.org?", doc.QuerySelector(".correction-links a")!.GetAttribute("href"));
        Assert.DoesNotContain(doc.QuerySelectorAll(".correction-links a"), a => a.TextContent == "Edit this listing");
    }

    [Fact]
    public async Task ProgramPage_ReviewedOverAYearAgo_WarnsItMayBeOutOfDate()
    {
        var doc = new HtmlParser().ParseDocument(await plain.CreateClient().GetStringAsync("/programs/magnolia-example-iop"));
        Assert.Contains("may be out of date", doc.QuerySelector(".provenance .stale")!.TextContent);
        var fresh = new HtmlParser().ParseDocument(await plain.CreateClient().GetStringAsync("/programs/garden-state-example-iop"));
        Assert.Null(fresh.QuerySelector(".provenance .stale"));
    }
}
