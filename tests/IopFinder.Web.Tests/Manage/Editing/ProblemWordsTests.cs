using System.Globalization;
using IopFinder.Core.Common;
using IopFinder.Core.Editing;
using IopFinder.Web.Manage.Editing;
using IopFinder.Web.Tests.Shared.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Tests.Manage.Editing;

/// <summary>Every problem code Core can give has its words in English and Spanish; a problem without words reads as Core's English.</summary>
public class ProblemWordsTests
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
        var text = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
            .Create(typeof(SharedResource));
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            Assert.Equal(shown, ProblemWords.Of(problem, text));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
