using AngleSharp.Html.Parser;
using IopFinder.Core.Taxonomy;
using IopFinder.Web.Cli;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Programs;

/// <summary>The page for program staff shows the vocabularies a listing uses, as the staff guide does.</summary>
public class ForProgramsPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/for-programs")]
    [InlineData("/for-programs?id=twin-ports-example-iop")]
    public async Task ForPrograms_ListsEveryTermWithItsSpanishLabelMarkedAsSpanish(string url)
    {
        var doc = new HtmlParser().ParseDocument(await site.CreateClient().GetStringAsync(url));
        foreach (var vocabulary in site.Services.GetRequiredService<CatalogStore>().Current.Index.Catalog.Taxonomy.Vocabularies)
        {
            var heading = doc.GetElementById($"terms-{vocabulary.Name}");
            Assert.NotNull(heading);
            Assert.Equal($"{VocabularyGuide.Title(vocabulary.Name)} ({vocabulary.Name})", heading.TextContent);
            var rows = heading.NextElementSibling!.QuerySelectorAll("tbody tr");
            Assert.Equal(vocabulary.Terms.Select(t => t.Id), rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent));
            Assert.Equal(vocabulary.Terms.Select(t => t.Label), rows.Select(r => r.Children[1].TextContent));
            Assert.Equal(vocabulary.Terms.Select(t => t.LabelEs), rows.Select(r => r.QuerySelector("td[lang=es]")!.TextContent));
        }
    }

    [Fact]
    public async Task ForPrograms_OnlyTheSpanishColumnIsMarkedSpanish()
    {
        var doc = new HtmlParser().ParseDocument(await site.CreateClient().GetStringAsync("/for-programs"));
        var table = doc.QuerySelector("#terms-conditions + .table-scroll table")!;
        Assert.Equal("Spanish label", table.QuerySelectorAll("thead th")[2].TextContent);
        Assert.All(table.QuerySelectorAll("tbody tr"), row =>
            Assert.Equal([2], row.Children.Select((cell, i) => (cell, i)).Where(c => c.cell.GetAttribute("lang") == "es").Select(c => c.i)));
    }

    [Theory]
    [InlineData("/for-programs?id=twin-ports-example-iop", "/manage/claim/twin-ports-example-iop", "Manage this listing")]
    [InlineData("/for-programs", "/manage/new", "List a program that is not here")]
    [InlineData("/for-programs?id=twin-ports-example-iop&lang=es", "/manage/claim/twin-ports-example-iop?lang=es", "Hacerse cargo de este perfil")]
    public async Task ForPrograms_SendsStaffToThePortal_NotToTheFiles(string url, string portal, string words)
    {
        var doc = new HtmlParser().ParseDocument(await site.CreateClient().GetStringAsync(url));
        var link = doc.QuerySelector($"main a[href='{portal}']");
        Assert.NotNull(link);
        Assert.Equal(words, link.TextContent.Trim());
        Assert.Equal(4, doc.QuerySelectorAll("ol[aria-labelledby=steps] li").Length);
        Assert.DoesNotContain("claimed: true", doc.Body!.TextContent);
    }
}
