using AngleSharp.Dom;
using IopFinder.Core.Import;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>What program staff wrote (service lines, a referral line) stays as written on pages of either language, marked with the language it is in.</summary>
public class StaffWordsTests(StaffWordsFactory factory) : IClassFixture<StaffWordsFactory>
{
    private static readonly string ImportPhraseInSpanish = SamhsaCodeMap.Default.Rules.First(r => r.Text == StaffWordsFactory.ImportPhrase).TextEs;

    private async Task<IReadOnlyList<IElement>> Services(string url) =>
        [.. (await LanguagePage.Get(factory.CreateClient(), url)).Document.QuerySelectorAll("section[aria-labelledby=services-heading] li")];

    [Theory]
    [InlineData("/programs/staff-english?lang=es", StaffWordsFactory.EnglishService, "en")]
    [InlineData("/programs/staff-spanish?lang=es", StaffWordsFactory.SpanishService, "es")]
    public async Task OnASpanishPage_TheImportsPhraseReadsInSpanish_AStaffWrittenServiceKeepsItsWordsAndLanguage(string url, string staff, string written)
    {
        var services = await Services(url);
        Assert.Equal([ImportPhraseInSpanish, staff], services.Select(li => li.TextContent));
        Assert.Equal([null, written], services.Select(li => li.GetAttribute("lang")));
    }

    [Theory]
    [InlineData("/programs/staff-english", StaffWordsFactory.EnglishService, "en")]
    [InlineData("/programs/staff-spanish", StaffWordsFactory.SpanishService, "es")]
    public async Task OnAnEnglishPage_EveryServiceReadsAsWritten_AStaffWrittenOneMarkedWithItsLanguage(string url, string staff, string written)
    {
        var services = await Services(url);
        Assert.Equal([StaffWordsFactory.ImportPhrase, staff], services.Select(li => li.TextContent));
        Assert.Equal([null, written], services.Select(li => li.GetAttribute("lang")));
    }

    [Theory]
    [InlineData("/programs/staff-english", "en", ".contact-list li")]
    [InlineData("/programs/staff-english?lang=es", "es", ".contact-list li")]
    [InlineData("/compare?ids=staff-english", "en", ".compare-contact div")]
    [InlineData("/compare?ids=staff-english&lang=es", "es", ".compare-contact div")]
    public async Task AStaffWrittenReferral_ReadsReferralAndItsOwnWords_WithTapToCallNumbers(string url, string language, string lines)
    {
        var page = await LanguagePage.Get(factory.CreateClient(), url);
        var label = (language == "es" ? ResourceFile.Spanish : ResourceFile.English)["Contact.Referral"];
        var line = page.Document.QuerySelectorAll(lines).First(l => l.QuerySelector(".referral") is not null);
        Assert.Equal($"{label} {StaffWordsFactory.EnglishReferral}", line.TextContent.Trim());
        Assert.Equal("en", line.QuerySelector(".referral")!.GetAttribute("lang"));
        Assert.Equal(["tel:6175550101"], line.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }
}
