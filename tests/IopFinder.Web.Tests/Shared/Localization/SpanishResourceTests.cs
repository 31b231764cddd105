using System.Globalization;
using IopFinder.Core.Search;
using IopFinder.Web.Shared.Wording;
using Microsoft.Extensions.Localization;
using IopFinder.Core.Common;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>The Spanish resources say everything the English ones say, with the same placeholders and markup.</summary>
public class SpanishResourceTests
{
    private static readonly IReadOnlyDictionary<string, string> English = ResourceFile.English;
    private static readonly IReadOnlyDictionary<string, string> Spanish = ResourceFile.Spanish;

    [Fact]
    public void EveryEnglishKey_HasASpanishValue_AndSpanishHasNoOtherKey()
    {
        Assert.True(English.Count > 400, $"only {English.Count} English resources read");
        Assert.Empty(English.Keys.Except(Spanish.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(Spanish.Keys.Except(English.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(Spanish.Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Key));
    }

    [Fact]
    public void SpanishValues_UseTheSamePlaceholdersAsTheEnglish()
    {
        var differing = English.Where(e => !ResourceFile.Placeholders(e.Value).SequenceEqual(ResourceFile.Placeholders(Spanish.GetValueOrDefault(e.Key, ""))))
            .Select(e => $"{e.Key}: {e.Value} | {Spanish.GetValueOrDefault(e.Key)}");
        Assert.Empty(differing);
    }

    [Fact]
    public void SpanishValues_KeepTheMarkupOfTheEnglish()
    {
        var differing = English.Where(e => !ResourceFile.Tags(e.Value).SequenceEqual(ResourceFile.Tags(Spanish.GetValueOrDefault(e.Key, ""))))
            .Select(e => e.Key);
        Assert.Empty(differing);
    }

    [Fact]
    public void EveryValue_IsAValidFormat_ForTheWordsThatFillIt()
    {
        var arguments = Enumerable.Range(0, 10).Select(i => (object)$"x{i}").ToArray();
        foreach (var (key, value) in English.Concat(Spanish))
        {
            var ex = Record.Exception(() => string.Format(CultureInfo.InvariantCulture, value, arguments));
            Assert.True(ex is null, $"{key}: {value}");
        }
    }

    [Fact]
    public void SpanishValues_DifferFromTheEnglish_ExceptNamesAndCodes()
    {
        // Proper nouns, acronyms and number patterns read the same in both languages.
        string[] same = ["Importance.2", "Join.List", "Need.Label.Terms", "Catalog.SourceCount", "Search.Example.buprenorphine", "Search.Example.dbt", "Search.Example.medicaid",
            "Outcome.Unmet", "Manage.Edit.No", "Search.NearPlaceholder", "Compare.Tray.Go.One", "Card.VirtualOnly", "Filter.state.Noun"];
        var untranslated = English.Where(e => e.Value == Spanish[e.Key] && !same.Contains(e.Key) && e.Value.Any(char.IsLetter)).Select(e => $"{e.Key}: {e.Value}");
        Assert.Empty(untranslated);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void EveryNoticeCode_HasItsOwnSentence(string language)
    {
        var words = new NoticeWords(new DictionaryLocalizer(language == "es" ? Spanish : English));
        foreach (var code in Enum.GetValues<NoticeCode>())
        {
            var sentence = words.Say(new Notice(code, "near", "99999", Max: 6) { Choices = ["Portland, ME", "Portland, OR"] });
            Assert.NotEqual(code.ToString(), sentence);
            Assert.False(sentence.StartsWith("Notice.", StringComparison.Ordinal), sentence);
        }
    }

    /// <summary>Resources straight from a file, so a missing key shows as its name.</summary>
    private sealed class DictionaryLocalizer(IReadOnlyDictionary<string, string> values) : IStringLocalizer
    {
        public LocalizedString this[string name] => values.TryGetValue(name, out var v) ? new(name, v) : new(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] =>
            values.TryGetValue(name, out var v) ? new(name, string.Format(CultureInfo.CurrentCulture, v, arguments)) : new(name, name, resourceNotFound: true);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => values.Select(p => new LocalizedString(p.Key, p.Value));
    }
}
