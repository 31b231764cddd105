using AngleSharp.Dom;
using IopFinder.Core.Import;
using IopFinder.Core.Listings;
using IopFinder.Web.Shared;
using IopFinder.Web.Tests.Search;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>
/// The real catalog's program and compare pages: the words the SAMHSA import wrote (its service phrases, its
/// "Intake: " line) read in the page's language, and intake numbers tap to call.
/// </summary>
[Collection(NationalCatalogCollection.Name)]
public class ImportedWordsNationalTests(NationalCatalogFactory factory)
{
    private static readonly IReadOnlyDictionary<string, string> Spanish = SamhsaCodeMap.Default.Rules
        .Where(r => r.Action == CodeAction.Other).DistinctBy(r => r.Text).ToDictionary(r => r.Text, r => r.TextEs, StringComparer.Ordinal);

    /// <summary>The imported listing with the most service lines and an intake line, whose page shows most of the import's words.</summary>
    private Listing Imported => factory.Catalog().Listings
        .Where(l => l.Contact.Referral?.StartsWith(SamhsaFacilityMapper.IntakePrefix, StringComparison.Ordinal) == true)
        .MaxBy(l => l.OtherServices.Count)!;

    private static string IntakeNumbers(Listing listing) => listing.Contact.Referral![SamhsaFacilityMapper.IntakePrefix.Length..];

    private static IReadOnlyList<IElement> Services(LanguagePage page) => [.. page.Document.QuerySelectorAll("section[aria-labelledby=services-heading] li")];

    [Fact]
    public void EveryServiceLineOfTheCatalog_IsAnImportPhraseWithItsSpanish()
    {
        var lines = factory.Catalog().Listings.SelectMany(l => l.OtherServices).Distinct().ToList();
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, line => !Spanish.ContainsKey(line));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SpanishProgramPage_ShowsTheImportsServicesInSpanish_AndNoEnglishPhrase(bool byHeader)
    {
        var listing = Imported;
        Assert.NotEmpty(listing.OtherServices);
        var page = await LanguagePage.Spanish(factory.CreateClient(), $"/programs/{listing.Id}", byHeader);
        var services = Services(page);
        Assert.Equal(listing.OtherServices.Select(s => Spanish[s]), services.Select(li => li.TextContent));
        // Worded for the reader, so in the page's language: nothing marks them as English.
        Assert.All(services, li => Assert.Null(li.GetAttribute("lang")));
        var text = page.Document.QuerySelector("main")!.TextContent.Replace(listing.Name, "", StringComparison.Ordinal);
        Assert.DoesNotContain(Spanish.Keys, english => text.Contains(english, StringComparison.Ordinal));
        Assert.DoesNotContain(SamhsaFacilityMapper.IntakePrefix.Trim(), text);
    }

    [Fact]
    public async Task EnglishProgramPage_ShowsTheServicesAsImported()
    {
        var listing = Imported;
        var page = await LanguagePage.Get(factory.CreateClient(), $"/programs/{listing.Id}");
        Assert.Equal(listing.OtherServices, Services(page).Select(li => li.TextContent));
        Assert.DoesNotContain(Spanish.Values, page.Html.Contains);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task ProgramPage_IntakeLine_IsLabelledInThePagesLanguage_WithTapToCallNumbers(string language)
    {
        var listing = Imported;
        var page = await LanguagePage.Get(factory.CreateClient(), $"/programs/{listing.Id}?lang={language}");
        var line = page.Document.QuerySelectorAll(".contact-list li").Single(li => li.QuerySelector(".referral") is not null);
        AssertIntakeLine(line, listing, language);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Compare_IntakeLine_ReadsIntakeAndTheNumber_AsATapToCallLink(string language)
    {
        var listing = Imported;
        var page = await LanguagePage.Get(factory.CreateClient(), $"/compare?ids={listing.Id}&lang={language}");
        var lines = page.Document.QuerySelectorAll(".compare-contact div").Where(div => div.QuerySelector(".referral") is not null).ToList();
        // The table and the cards (for narrow screens) each show the contact.
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => AssertIntakeLine(line, listing, language));
        Assert.DoesNotContain(ResourceFile.Read(language == "es" ? "es" : "")["Contact.Referral"], string.Concat(lines.Select(l => l.TextContent)));
    }

    private static void AssertIntakeLine(IElement line, Listing listing, string language)
    {
        var label = (language == "es" ? ResourceFile.Spanish : ResourceFile.English)["Contact.Intake"];
        var numbers = IntakeNumbers(listing);
        Assert.Equal($"{label} {numbers}", line.TextContent.Trim());
        var links = line.QuerySelectorAll("a[href^='tel:']").ToList();
        Assert.NotEmpty(links);
        Assert.Equal(PhoneText.Split(numbers).Where(p => p.IsPhone).Select(p => ContactLinks.Tel(p.Text)), links.Select(a => a.GetAttribute("href")));
        Assert.Equal(numbers, string.Join(", ", links.Select(a => a.TextContent)));
    }
}
