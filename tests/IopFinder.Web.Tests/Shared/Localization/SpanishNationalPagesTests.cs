using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Tests.Search;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>Spanish pages on the national catalog: numbers as Spanish speakers in the United States read them (6,733 and 1.5), searches that lead on in Spanish.</summary>
[Collection(NationalCatalogCollection.Name)]
public class SpanishNationalPagesTests(NationalCatalogFactory factory)
{
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public async Task Counts_HaveACommaBetweenThousands()
    {
        var catalog = factory.Services.GetRequiredService<IopFinder.Web.Shared.Catalogs.CatalogStore>().Current.Index.Catalog;
        var page = await LanguagePage.Spanish(factory.CreateClient(), "/", byHeader: true);
        var total = catalog.Listings.Count;
        var iop = catalog.Listings.Count(l => l.LevelsOfCare.Contains("iop"));
        Assert.True(total >= 1000);
        Assert.Contains($"IopFinder muestra {total.ToString("N0", UnitedStates)} programas", page.Document.QuerySelector(".site-footer")!.TextContent);
        Assert.StartsWith($"{iop.ToString("N0", UnitedStates)} programas intensivos ambulatorios", page.Document.QuerySelector("#results-heading")!.TextContent);
    }

    [Fact]
    public async Task WordsNamingAFilter_LeadToItInSpanish_NamedWithoutQuestionMarks()
    {
        var page = await LanguagePage.Spanish(factory.CreateClient(), "/?q=depresión", byHeader: true);
        var legend = ResourceFile.Spanish["Filter.condition.Legend"];
        Assert.StartsWith("¿", legend);
        Assert.Contains(page.Document.QuerySelectorAll(".ways-out a"), a => a.TextContent.Contains($"“{legend.Trim('¿', '?')}”", StringComparison.Ordinal));
        Assert.DoesNotContain("¿", string.Concat(page.Document.QuerySelectorAll(".ways-out a").Select(a => a.TextContent)));
    }

    [Fact]
    public async Task Distances_HaveADecimalPoint()
    {
        var page = await LanguagePage.Spanish(factory.CreateClient(), "/?near=02139&sort=distance", byHeader: false);
        var distances = page.Document.QuerySelectorAll(".result .where strong").Select(s => s.TextContent).ToList();
        Assert.NotEmpty(distances);
        Assert.All(distances, d => Assert.Matches(@"^a \d+\.\d millas$", d));
    }
}
