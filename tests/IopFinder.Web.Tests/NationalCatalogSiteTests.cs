using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests;

/// <summary>The site on the bundled national catalog (content/).</summary>
public sealed class NationalCatalogFactory : SiteFactory
{
    public override string ContentPath => Path.Combine(RepoRoot, "content");
}

public class NationalCatalogSiteTests(NationalCatalogFactory factory) : IClassFixture<NationalCatalogFactory>
{
    [Fact]
    public async Task Home_SaysHowManyProgramsAndFromWhichSource_WithoutExampleNotice()
    {
        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync("/"));
        Assert.Contains("IopFinder lists 5,736 intensive outpatient programs, from the SAMHSA National Directory of Substance Use Treatment Facilities (2023).", doc.QuerySelector(".site-footer")!.TextContent);
        Assert.Null(doc.QuerySelector(".example-notice"));
        Assert.Contains("5,736 programs", doc.QuerySelector("#results-heading")!.TextContent);
    }

    [Fact]
    public async Task ImportedProgramPage_SaysWhereTheDataComesFromAndHowToClaimIt()
    {
        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync("/programs/gavin-foundation-boston-ma"));
        var provenance = doc.QuerySelector(".provenance")!.TextContent;
        Assert.Contains("SAMHSA National Directory of Substance Use Treatment Facilities (2023)", provenance);
        Assert.Contains("The program has not confirmed it", provenance);
        Assert.Contains("claimed: true", provenance);
        Assert.Contains("may be out of date", provenance);
        Assert.Contains("Services listed by SAMHSA", doc.Body!.TextContent);
        Assert.Contains("the program has not confirmed these details", doc.QuerySelector(".program .unconfirmed")!.TextContent);
        Assert.Equal("tel:6172685000;ext=1", doc.QuerySelector(".contact-first a[href^='tel:']")!.GetAttribute("href"));
        Assert.Contains("The schedule is not listed. Please call the program.", doc.Body.TextContent);
    }

    [Fact]
    public async Task ImportedProgram_UnknownScheduleBecomesAQuestionOnCompare()
    {
        var html = await factory.CreateClient().GetStringAsync("/compare?ids=gavin-foundation-boston-ma&time=evening&w.crisis-plan=2");
        var doc = new HtmlParser().ParseDocument(html);
        var questions = doc.QuerySelector(".questions")!.TextContent;
        Assert.Contains("What days and times do your groups meet", questions);
        Assert.Contains("safety plan", questions);
    }
}
