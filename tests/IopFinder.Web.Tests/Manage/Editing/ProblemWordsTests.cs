using System.Globalization;
using System.Text.RegularExpressions;
using IopFinder.Core.Common;
using IopFinder.Core.Content;
using IopFinder.Core.Taxonomy;
using IopFinder.Core.Editing;
using IopFinder.Web.Manage.Editing;
using IopFinder.Web.Tests.Shared.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Tests.Manage.Editing;

/// <summary>
/// Every problem code Core can give has its words in English and Spanish, naming the same facts; a problem without words reads as
/// Core's English. Problems of a listing file as a whole and of the taxonomy have codes too.
/// </summary>
public partial class ProblemWordsTests
{
    public static TheoryData<string> Keys => [.. ProblemCodes.All.Select(ProblemWords.KeyOf).Append(ProblemWords.HintKey)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryProblemCode_HasItsWords_InBothLanguages(string key)
    {
        Assert.False(string.IsNullOrWhiteSpace(ResourceFile.English.GetValueOrDefault(key)), $"{key} has no English");
        Assert.False(string.IsNullOrWhiteSpace(ResourceFile.Spanish.GetValueOrDefault(key)), $"{key} has no Spanish");
        Assert.NotEqual(ResourceFile.English[key], ResourceFile.Spanish[key]);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryProblemCode_NamesTheSameFacts_InBothLanguages(string key)
    {
        Assert.Equal(Placeholders(ResourceFile.English[key]), Placeholders(ResourceFile.Spanish[key]));
    }

    [Fact]
    public void EveryHintedCode_IsACode()
    {
        Assert.Empty(ProblemCodes.Hinted.Except(ProblemCodes.All));
    }

    // Each row: the page's language, a problem's code (null: none, or one without words), and what the page shows.
    [Theory]
    [InlineData("en", ProblemCodes.UnknownTerm, "unknown conditions term 'depresion' (did you mean 'depression'?)")]
    [InlineData("es", ProblemCodes.UnknownTerm, "'depresion' no es un término conocido de conditions (¿quiso decir 'depression'?)")]
    [InlineData("es", null, "Core's English")]
    [InlineData("es", "no.such-code", "Core's English")]
    public void Problem_ReadsInThePagesLanguage_OrAsCoresEnglishWithoutWords(string language, string? code, string shown)
    {
        var problem = new FormProblem("conditions", "Core's English") { Code = code, Args = ["conditions", "depresion", "depression"] };

        Assert.Equal(shown, WordsOf(problem, language));
    }

    // Listing files as a hand edit can leave them: no front matter (or none closed), YAML that does not parse, a list for the fields.
    [Theory]
    [InlineData("A description with no fields above it.\n", ProblemCodes.FrontMatterMissing)]
    [InlineData("---\nname: Harbor Light IOP\nformats: [virtual\n", ProblemCodes.FrontMatterMissing)]
    [InlineData("---\nname: [Harbor Light IOP\n---\nBody.\n", ProblemCodes.FrontMatterYaml)]
    [InlineData("---\n- name\n- formats\n---\nBody.\n", ProblemCodes.FrontMatterLines)]
    public void ListingFileProblem_HasACode_WordedInSpanish_AndInEnglishAsCoreWritesIt(string file, string code)
    {
        var (_, problem) = FrontMatterParser.Parse("programs/harbor-light-iop.md", file);

        AssertWorded(problem!, code);
    }

    [Theory]
    [InlineData("conditions: [depression\n", ProblemCodes.TaxonomyYaml)]
    [InlineData("- conditions\n- formats\n", ProblemCodes.TaxonomyShape)]
    public void TaxonomyFileProblem_HasACode_WordedInSpanish_AndInEnglishAsCoreWritesIt(string file, string code)
    {
        var (_, problems) = TaxonomyLoader.Parse("taxonomy.yml", file);

        AssertWorded(Assert.Single(problems), code);
    }

    [Fact]
    public void TaxonomyTermProblems_EachHaveACode_WordedInSpanish_AndInEnglishAsCoreWritesThem()
    {
        const string Words = "    label: Word\n    description: A word.\n    label_es: Palabra\n    description_es: Una palabra.\n";
        var file = "conditions:\n  - id: Bad Id\n  - id: bare\n" +
            $"  - id: twice\n{Words}  - id: twice\n{Words}" +
            $"  - id: itself\n{Words}    implies: [itself]\n  - id: orphan\n{Words}    broader: nowhere-at-all\n" +
            $"  - id: round-a\n{Words}    broader: round-b\n  - id: round-b\n{Words}    broader: round-a\n" +
            "formats: []\nlevels_of_care: []\n";

        var (taxonomy, problems) = TaxonomyLoader.Parse("taxonomy.yml", file);

        Assert.Null(taxonomy);
        Assert.Superset(new HashSet<string>
        {
            ProblemCodes.VocabularyMissing, ProblemCodes.VocabularyTermMissing, ProblemCodes.TermId, ProblemCodes.TermTwice, ProblemCodes.TermLabel,
            ProblemCodes.TermDescription, ProblemCodes.TermLabelEs, ProblemCodes.TermDescriptionEs, ProblemCodes.TermSelf,
            ProblemCodes.TermUnknownRelated, ProblemCodes.TermCircle,
        }, problems.Select(p => p.Code!).ToHashSet());
        Assert.All(problems, p => AssertWorded(p, p.Code!));
    }

    /// <summary>The problem has <paramref name="code"/>; English pages show Core's message as the command line prints it, Spanish pages Spanish words.</summary>
    private static void AssertWorded(Diagnostic problem, string code)
    {
        Assert.Equal(code, problem.Code);
        Assert.Contains(code, ProblemCodes.All);
        Assert.Equal(problem.Message, WordsOf(FormProblem.Of(problem), "en"));
        var spanish = WordsOf(FormProblem.Of(problem), "es");
        Assert.NotEqual(problem.Message, spanish);
        Assert.All(problem.Args.Where(a => a.Length > 0), a => Assert.Contains(a, spanish));
    }

    private static string WordsOf(FormProblem problem, string language)
    {
        var text = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
            .Create(typeof(SharedResource));
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return ProblemWords.Of(problem, text);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static string[] Placeholders(string words) => [.. PlaceholderPattern().Matches(words).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<!\{)\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
