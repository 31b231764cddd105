using IopFinder.Core.Taxonomy;
using IopFinder.Core.Tests.Support;
using IopFinder.Web.Cli;

namespace IopFinder.Web.Tests.Cli;

public class StaffGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(Repo.Content, "README.md"));

    private static readonly Lazy<Core.Taxonomy.Taxonomy> LazyTaxonomy = new(() => TaxonomyLoader.Load(Repo.TaxonomyFile, "taxonomy.yml").Taxonomy!);

    private static Core.Taxonomy.Taxonomy Taxonomy => LazyTaxonomy.Value;

    [Fact]
    public void Guide_VocabularySectionMatchesTaxonomy()
    {
        var start = Guide.IndexOf(VocabularyGuide.StartMarker, StringComparison.Ordinal);
        var end = Guide.IndexOf(VocabularyGuide.EndMarker, StringComparison.Ordinal) + VocabularyGuide.EndMarker.Length;
        Assert.True(start >= 0 && end > start, "content/README.md lost its vocabulary markers");
        Assert.True(VocabularyGuide.Render(Taxonomy) == Guide[start..end],
            "content/README.md is out of date with taxonomy.yml: run `dotnet run --project src/IopFinder.Web -- guide content`");
    }

    [Fact]
    public void Guide_ListsEveryTermWithItsSpanishLabelBesideTheEnglish()
    {
        Assert.Contains("| id | label | Spanish label | what it means |", Guide);
        foreach (var vocabulary in Taxonomy.Vocabularies)
        {
            Assert.All(vocabulary.Terms, term => Assert.Contains($"| `{term.Id}` | {term.Label} | {term.LabelEs} | {term.Description} |", Guide));
        }
    }

    [Fact]
    public void Guide_ListsTheSpanishSynonymsSearchUnderstands()
    {
        var terms = Taxonomy.Vocabularies.SelectMany(v => v.Terms).Where(t => t.SynonymsEs.Count > 0).ToList();
        Assert.NotEmpty(terms);
        Assert.All(terms, term => Assert.Contains($"es: {string.Join(", ", term.SynonymsEs)} |", Guide));
    }

    [Fact]
    public void Replace_SwapsOnlyTheGeneratedSection()
    {
        var guide = $"before\n{VocabularyGuide.StartMarker}\nold\n{VocabularyGuide.EndMarker}\nafter\n";
        var replaced = VocabularyGuide.Replace(guide, Taxonomy)!;
        Assert.StartsWith("before\n", replaced);
        Assert.EndsWith("\nafter\n", replaced);
        Assert.DoesNotContain("\nold\n", replaced);
        Assert.Null(VocabularyGuide.Replace("no markers", Taxonomy));
    }
}
