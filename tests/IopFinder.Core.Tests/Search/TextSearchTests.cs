using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Tests.Search;

public class TextSearchTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("post-traumatic stress", "virtual-ma")]
    [InlineData("trauma", "virtual-ma")]
    [InlineData("dialectical", "cambridge-dbt")]
    [InlineData("dialectical behavior therapy", "cambridge-dbt")]
    [InlineData("teens", "cambridge-dbt")]
    [InlineData("telehealth", "virtual-ma")]
    [InlineData("alcohol", "two-sites")]
    public void Search_TaxonomySynonymsFindTerms(string q, string expected) =>
        Assert.Contains(expected, fixture.Search(new SearchQuery { Text = q }).Ids());

    /// <summary>Spanish words, with or without their accents, find exactly the programs listing the term they name.</summary>
    [Theory]
    [InlineData("depresión", "condition=depression")]
    [InlineData("depresion", "condition=depression")]
    [InlineData("DEPRESIÓN", "condition=depression")]
    [InlineData("ansiedad", "condition=anxiety")]
    [InlineData("trastorno de estrés postraumático", "condition=ptsd")]
    [InlineData("trastorno de estres postraumatico", "condition=ptsd")]
    [InlineData("estrés postraumático", "condition=ptsd")]
    [InlineData("TEPT", "condition=ptsd")]
    [InlineData("terapia dialéctica", "modality=dbt")]
    [InlineData("terapia dialectica conductual", "modality=dbt")]
    [InlineData("adolescentes", "age=adolescents")]
    [InlineData("jóvenes", "age=adolescents")]
    [InlineData("jovenes", "age=adolescents")]
    [InlineData("español", "language=es")]
    [InlineData("espanol", "language=es")]
    [InlineData("autolesiones", "condition=self-harm")]
    public void Search_SpanishWordsFindTheProgramsWithTheTerm(string q, string filter)
    {
        var expected = fixture.Search(filter).Ids().Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, fixture.Search(new SearchQuery { Text = q }).Ids().Order().ToList());
    }

    [Fact]
    public void Search_SpanishInsuranceWords_FindPlansUnderBroaderPrivateInsurance() =>
        Assert.Equal(["boston-evening"], fixture.Search(new SearchQuery { Text = "seguro médico privado" }).Ids());

    [Fact]
    public void Search_SpanishSentence_MatchesItsMeaningfulWordsOnly()
    {
        var results = fixture.Search(new SearchQuery { Text = "terapia para la depresión" });
        Assert.Empty(results.Warnings);
        Assert.Equal(fixture.Search("condition=depression&modality=cbt").Ids().Order(), results.Ids().Order());
    }

    [Theory]
    [InlineData("depresion", "worcester-morning")]
    [InlineData("anxeity", "boston-evening")]
    [InlineData("dialectcal", "cambridge-dbt")]
    [InlineData("worcest", "worcester-morning")]
    public void Search_ToleratesTyposAndPrefixes(string q, string expected) =>
        Assert.Contains(expected, fixture.Search(new SearchQuery { Text = q }).Ids());

    [Fact]
    public void Search_ExactMatchesOutrankTypoMatches()
    {
        var ids = fixture.Search(new SearchQuery { Text = "harbor" }).Ids();
        Assert.Equal("boston-evening", ids[0]);
    }

    [Fact]
    public void Search_NameMatchOutranksSingleBodyMention()
    {
        var ids = fixture.Search(new SearchQuery { Text = "depression" }).Ids().ToList();
        Assert.True(ids.IndexOf("depression-name") < ids.IndexOf("body-mention"), string.Join(", ", ids));
    }

    [Fact]
    public void Search_AllWordsMustMatch()
    {
        var ids = fixture.Search(new SearchQuery { Text = "evening depression" }).Ids();
        Assert.Equal(["boston-evening"], ids);
    }

    [Fact]
    public void Search_NoListingHasEveryWord_FallsBackToAnyWordWithWarning()
    {
        var results = fixture.Search(new SearchQuery { Text = "dialectical zzzqqq" });
        Assert.Contains("cambridge-dbt", results.Ids());
        Assert.Contains(new Notice(NoticeCode.SomeWordsOnly, "q"), results.Warnings);
    }

    [Theory]
    [InlineData("depression AND (", "depression")]
    [InlineData("name:harbor*", "name harbor")]
    [InlineData("\"unclosed", "unclosed")]
    [InlineData("~!@#$%^&*()[]{}\\/", "")]
    [InlineData("<script>alert(1)</script>", "script alert 1 script")]
    [InlineData("депрессия 抑郁 😢", "депрессия 抑郁")]
    public void Search_QuerySyntaxIsPlainText_FindsWhatItsWordsFind(string q, string words)
    {
        var results = fixture.Search(new SearchQuery { Text = q });
        var plain = fixture.Search(new SearchQuery { Text = words });
        Assert.Equal(plain.Ids(), results.Ids());
        Assert.Equal(plain.Total, results.Total);
    }

    [Fact]
    public void Search_QueryOperatorWord_IsJustAWord() =>
        Assert.Contains("boston-evening", fixture.Search(new SearchQuery { Text = "depression AND (" }).Ids());

    [Fact]
    public void Search_FewResultsForWordsNamingATerm_OffersTheFilterWithProgramsThatDontSay()
    {
        // Only "Two Rivers" is near opioid use, and it lists just the broader "substance use",
        // which is offered as well, since no program lists opioid use itself.
        var results = fixture.Search(new SearchQuery { Text = "opioid use" });
        Assert.Equal(new TermMention("condition", "opioid-use", "") { Total = 0, UnknownTotal = 1, BroaderId = "substance-use", BroaderTotal = 1 }, results.Mention);
        Assert.Equal(1, fixture.Search("condition=substance-use").Total);
    }

    [Theory]
    [InlineData("bulimia evening", "condition", "eating-disorders", "evening")]
    [InlineData("Grief counselling", "condition", "grief", "counselling")]
    [InlineData("greif", "condition", "grief", "")]
    [InlineData("medicaid sunrise", "insurance", "medicaid", "sunrise")]
    [InlineData("Dialéctica", "modality", "dbt", "")]
    [InlineData("terapia dialéctica conductual", "modality", "dbt", "")]
    [InlineData("Terapia dialectica conductual por la noche", "modality", "dbt", "por la noche")]
    [InlineData("depresión", "condition", "depression", "")]
    [InlineData("trastorno de estrés postraumático", "condition", "ptsd", "")]
    [InlineData("adolescentes", "age", "adolescents", "")]
    [InlineData("sesiones en español", "language", "es", "sesiones")]
    [InlineData("aseguranza", "insurance", "private", "")]
    [InlineData("opioid use disorder evenings", "condition", "opioid-use", "evenings")]
    public void TermMentions_FindTheTermAndKeepTheOtherWords(string q, string parameter, string id, string rest)
    {
        var mention = new TermMentions(TestCatalog.Taxonomy).Find(new SearchQuery { Text = q });
        Assert.Equal(new TermMention(parameter, id, rest), mention);
    }

    [Theory]
    [InlineData("harbor evening")]
    [InlineData("zzzz")]
    [InlineData("")]
    // Spanish function words, though "en", "de" and "el" are the ids of English, German and Greek.
    [InlineData("el programa es de la ciudad en la que vivo")]
    public void TermMentions_WordsNamingNoTerm_FindNothing(string q) =>
        Assert.Null(new TermMentions(TestCatalog.Taxonomy).Find(new SearchQuery { Text = q }));

    [Fact]
    public void Search_FilterFindsNoMoreThanTheWords_OffersNothing() =>
        Assert.Null(fixture.Search(new SearchQuery { Text = "greif" }).Mention);

    [Fact]
    public void TermMentions_TermAlreadyAsked_OffersNothing() =>
        Assert.Null(fixture.Search("q=greif&condition=grief").Mention);

    [Fact]
    public void TermMentions_ManyResults_OffersNothing() =>
        Assert.Null(fixture.Search(new SearchQuery { Text = "depression" }).Mention);

    [Fact]
    public void Search_StopWordsOnly_ActsAsNoText() =>
        Assert.Equal(9, fixture.Search(new SearchQuery { Text = "the and of" }).Total);

    [Fact]
    public void Search_WordALabelSaysTheTermIsNot_DoesNotFindIt()
    {
        // "State health plan (not Medicaid)" names what it is not.
        using var index = TestCatalog.Index(
            ("medicaid-plan", TestCatalog.FrontMatter("Harbor IOP", "insurance: [medicaid]")),
            ("state-plan", TestCatalog.FrontMatter("Bay IOP", "insurance: [state-financed]")));
        Assert.Equal(["medicaid-plan"], index.Search(new SearchQuery { Text = "medicaid" }).Ids());
    }
}
