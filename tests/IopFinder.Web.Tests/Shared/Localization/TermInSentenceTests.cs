using System.Globalization;
using IopFinder.Core.Filtering;
using IopFinder.Core.Taxonomy;
using IopFinder.Core.Tests.Support;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>Inside a sentence a label is written in lower case, except names, acronyms and, in English, languages.</summary>
public class TermInSentenceTests
{
    private static readonly Lazy<Taxonomy> LazyTaxonomy = new(() => TaxonomyLoader.Load(Repo.TaxonomyFile, "taxonomy.yml").Taxonomy!);

    [Theory]
    [InlineData("en-US", "condition", "depression", "depression")]
    [InlineData("es-US", "condition", "depression", "depresión")]
    [InlineData("en-US", "condition", "ptsd", "PTSD and trauma")]
    [InlineData("es-US", "condition", "ptsd", "estrés postraumático (TEPT) y trauma")]
    [InlineData("en-US", "insurance", "medicaid", "Medicaid")]
    [InlineData("en-US", "insurance", "bcbs", "Blue Cross Blue Shield")]
    [InlineData("en-US", "insurance", "self-pay", "self-pay")]
    [InlineData("en-US", "language", "es", "Spanish")]
    [InlineData("es-US", "language", "es", "español")]
    [InlineData("en-US", "accreditation", "joint-commission", "The Joint Commission")]
    [InlineData("en-US", "feature", "lgbtq-affirming", "LGBTQ+ affirming")]
    [InlineData("en-US", "medication", "buprenorphine", "buprenorphine (Suboxone)")]
    [InlineData("en-US", "state", "MA", "Massachusetts")]
    public void InSentence_LowersOnlyWhatASentenceWritesInLowerCase(string culture, string parameter, string id, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            var words = new TermWords(null!, LazyTaxonomy.Value);
            Assert.Equal(expected, words.InSentence(Filters.Find(parameter)!, id));
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = before;
        }
    }
}
