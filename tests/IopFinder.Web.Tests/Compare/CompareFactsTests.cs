using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Tests.Search;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Compare;

/// <summary>
/// Compare without needs on the bundled catalog: nothing is scored, yet each program's facts stand in its
/// own column, in words, and a field its listing leaves out says so.
/// </summary>
[Collection(NationalCatalogCollection.Name)]
public class CompareFactsTests(NationalCatalogFactory factory)
{
    // Gavin lists medications and accreditation but no ages; Renewal House lists ages but no medications.
    private const string Gavin = "gavin-foundation-boston-ma";
    private const string Renewal = "renewal-house-inc-nashville-tn";

    [Theory]
    [InlineData("", "Insurance", "Conditions", "Medications", "Ages", "Not listed — ask")]
    [InlineData("&lang=es", "Seguro médico", "Problemas de salud", "Medicamentos", "Edades", "No lo dice — pregunte")]
    public async Task Compare_WithoutNeeds_ShowsEachProgramsFactsInItsColumnAndSaysWhatIsNotListed(
        string lang, string insuranceRow, string conditionsRow, string medicationsRow, string agesRow, string notListed)
    {
        var spanish = lang.Length > 0;
        var index = factory.Services.GetRequiredService<CatalogStore>().Current.Index;
        var (gavin, renewal) = (index.Get(Gavin)!, index.Get(Renewal)!);
        Assert.Empty(gavin.Ages);
        Assert.Empty(renewal.Medications);

        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync($"/compare?ids={Gavin},{Renewal}{lang}"));
        var table = doc.QuerySelector(".compare-table")!;
        Assert.NotNull(table.QuerySelector("caption"));
        var columns = table.QuerySelectorAll("thead th[scope=col]").Skip(1).Select(th => th.QuerySelector("a")!.GetAttribute("href")!).ToList();
        string Cell(string row, string id)
        {
            var tr = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th[scope=row]")!.TextContent == row);
            return tr.QuerySelectorAll("td")[columns.FindIndex(href => href.Split('?')[0].EndsWith("/" + id, StringComparison.Ordinal))].TextContent;
        }

        foreach (var listing in new[] { gavin, renewal })
        {
            Assert.Equal(Labels(index.Catalog.Taxonomy, VocabularyNames.Insurance, listing.Insurance, spanish), Cell(insuranceRow, listing.Id));
            Assert.Equal(Labels(index.Catalog.Taxonomy, VocabularyNames.Conditions, listing.Conditions, spanish), Cell(conditionsRow, listing.Id));
        }
        Assert.Equal(notListed, Cell(agesRow, Gavin));
        Assert.Equal(notListed, Cell(medicationsRow, Renewal));
        Assert.Contains(Labels(index.Catalog.Taxonomy, VocabularyNames.Medications, gavin.Medications.Take(1), spanish), Cell(medicationsRow, Gavin));

        // The phone's cards carry the same facts, one card per program.
        var card = doc.QuerySelector($"#card-{Renewal}")!.ParentElement!;
        var dt = card.QuerySelectorAll("dt").Single(d => d.TextContent == medicationsRow);
        Assert.Equal(notListed, dt.NextElementSibling!.TextContent);
    }

    [Fact]
    public async Task Compare_WithoutNeedsNearAPlace_SaysEachProgramsDistanceInTheSearchWords()
    {
        // near given but weighed "doesn't matter": still unscored, yet how far each program is is a fact.
        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync($"/compare?ids={Gavin},{Renewal}&near=02127&w.near=0"));
        Assert.Empty(doc.QuerySelectorAll(".compare-table .score-number, .compare-table td.result-unmet"));
        var row = doc.QuerySelectorAll(".compare-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Distance from", StringComparison.Ordinal));
        var columns = doc.QuerySelectorAll(".compare-table thead th[scope=col] a").Select(a => a.GetAttribute("href")!.Split('?')[0]).ToList();
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal("under 1 mile", cells[columns.FindIndex(c => c.EndsWith(Gavin, StringComparison.Ordinal))]);
        Assert.Matches(@"^\d{1,3}(,\d{3})*\.\d miles$", cells[columns.FindIndex(c => c.EndsWith(Renewal, StringComparison.Ordinal))]);
    }

    private static string Labels(Taxonomy taxonomy, string vocabulary, IEnumerable<string> ids, bool spanish) =>
        string.Join(", ", ids.Select(id => taxonomy[vocabulary].Find(id)!).Select(t => spanish ? t.LabelEs ?? t.Label : t.Label));
}
