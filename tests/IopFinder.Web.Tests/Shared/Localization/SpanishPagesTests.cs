using System.Net;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>Each page type in Spanish, asked for by <c>lang=es</c> or by a Spanish browser: Spanish words, Spanish links, a way back to English.</summary>
public class SpanishPagesTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string CrisisLine = "¿En crisis? Llame o envíe un mensaje de texto al 988 — para español, marque 2 —, o al 911 en una emergencia.";

    /// <summary>A page of each type, with the resource of its heading (null where the heading is the program's name).</summary>
    public static TheoryData<string, string?, bool> Pages()
    {
        var data = new TheoryData<string, string?, bool>();
        (string Url, string? Heading)[] pages =
        [
            ("/", "Search.Heading"),
            ("/?near=02139&condition=depression&time=evening", "Search.Heading"),
            ("/?condition=psychosis&insurance=tricare&near=02139", "Search.Heading"),
            ("/programs/harborview-example-iop", null),
            ("/compare?ids=harborview-example-iop,puget-example-spanish-iop&insurance=medicaid&w.insurance=3", "Compare.Heading"),
            ("/compare", "Compare.Heading"),
            ("/status", "Status.Heading"),
            ("/for-programs?id=twin-ports-example-iop", "ForPrograms.Heading"),
            ("/developers", "Layout.ForDevelopers"),
            ("/corrections?id=harborview-example-iop", "Provenance.Suggest"),
            ("/programs/no-such-program", "NotFound.Heading"),
        ];
        foreach (var (url, heading) in pages)
        {
            data.Add(url, heading, false);
            data.Add(url, heading, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageType_InSpanish_SaysItInSpanish(string url, string? heading, bool byHeader)
    {
        var page = await LanguagePage.Spanish(factory.CreateClient(), url, byHeader);
        Assert.Equal("es", page.Language);
        if (heading is not null) Assert.Equal(ResourceFile.Spanish[heading], page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains(CrisisLine, page.Document.QuerySelector(".crisis")!.TextContent);
        Assert.Empty(ResourceFile.EnglishIn(page.InterfaceText));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryLinkAndForm_OfASpanishPage_CarriesTheLanguage(string url, string? heading, bool byHeader)
    {
        _ = heading;
        var page = await LanguagePage.Spanish(factory.CreateClient(), url, byHeader);
        var links = page.PageLinks.Where(href => href != page.Switch.GetAttribute("href")).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Equal(["es"], LanguagePage.LangOf(href)));
        foreach (var form in page.Document.QuerySelectorAll("form"))
        {
            var carried = form.GetAttribute("method") == "post"
                ? LanguagePage.LangOf(form.GetAttribute("action")!)
                : [.. form.QuerySelectorAll("input[type=hidden][name=lang]").Select(i => i.GetAttribute("value")!)];
            Assert.Equal(["es"], carried);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ASpanishPage_NamesItsEnglishVersion_AndSwitchesToIt(string url, string? heading, bool byHeader)
    {
        _ = heading;
        var page = await LanguagePage.Spanish(factory.CreateClient(), url, byHeader);
        var english = page.Alternate("en")!;
        Assert.Empty(LanguagePage.LangOf(english));
        Assert.Equal(english, page.Alternate("x-default"));
        Assert.Equal(["es"], LanguagePage.LangOf(page.Alternate("es")!));
        Assert.Equal("English", page.Switch.TextContent);
        Assert.Equal("en", page.Switch.GetAttribute("lang"));
        var target = page.Switch.GetAttribute("href")!;
        Assert.Equal(["en"], LanguagePage.LangOf(target));
        // The same page with the same query, only in English.
        LanguagePage.AssertSameAddress(QueryHelpers.AddQueryString(url, "lang", "en"), target);
        var back = await LanguagePage.Get(factory.CreateClient(), target, LanguagePage.SpanishBrowser);
        Assert.Equal("en", back.Language);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageType_InEnglish_StaysTheDefault(string url, string? heading, bool byHeader)
    {
        _ = byHeader;
        var page = await LanguagePage.Get(factory.CreateClient(), url);
        Assert.Equal("en", page.Language);
        if (heading is not null) Assert.Equal(ResourceFile.English[heading], page.Document.QuerySelector("h1")!.TextContent);
        // The English a Spanish page is checked for is really there on the English one.
        Assert.NotEmpty(ResourceFile.EnglishIn(page.InterfaceText));
        Assert.All(page.PageLinks.Where(href => href != page.Switch.GetAttribute("href")), href => Assert.Empty(LanguagePage.LangOf(href)));
        Assert.Equal("Español", page.Switch.TextContent);
        LanguagePage.AssertSameAddress(QueryHelpers.AddQueryString(url, "lang", "es"), page.Switch.GetAttribute("href")!);
    }

    [Fact]
    public async Task ProgramPage_InSpanish_ShowsTaxonomyLabelsSpanishDatesAndTimes()
    {
        var page = await LanguagePage.Spanish(factory.CreateClient(), "/programs/harborview-example-iop", byHeader: false);
        var taxonomy = factory.Services.GetRequiredService<CatalogStore>().Current.Index.Catalog.Taxonomy;
        var text = page.Document.Body!.TextContent;
        Assert.Contains(taxonomy["modalities"].Find("dbt")!.LabelEs!, text);
        Assert.Contains(taxonomy["conditions"].Find("depression")!.DescriptionEs!, text);
        Assert.Contains("Revisado por última vez el 1 de octubre de 2026.", page.Document.QuerySelector(".provenance")!.TextContent);
        Assert.Contains("5:30–8:30 p. m.", page.Document.QuerySelector(".schedule-table")!.TextContent);
        Assert.Equal(["lun.", "mar.", "mié.", "jue.", "vie.", "sáb.", "dom."], page.Document.QuerySelectorAll(".schedule-table thead abbr").Select(a => a.TextContent));
    }

    [Fact]
    public async Task SearchPage_InSpanish_LabelsFiltersWithTheTaxonomysSpanish()
    {
        var page = await LanguagePage.Spanish(factory.CreateClient(), "/?condition=ptsd", byHeader: true);
        var taxonomy = factory.Services.GetRequiredService<CatalogStore>().Current.Index.Catalog.Taxonomy;
        var options = page.Document.QuerySelectorAll("#group-condition label.option").Select(l => l.TextContent).ToList();
        Assert.Contains(options, o => o.Contains(taxonomy["conditions"].Find("depression")!.LabelEs!, StringComparison.Ordinal));
        Assert.Contains(page.Document.QuerySelectorAll(".chips a"), chip => chip.TextContent.StartsWith(taxonomy["conditions"].Find("ptsd")!.LabelEs!, StringComparison.Ordinal));
        Assert.Equal(ResourceFile.Spanish["Filter.condition.Help"], page.Document.QuerySelector("#group-condition .help")!.TextContent);
    }

    [Theory]
    [InlineData("/programs/puget-example-spanish-iop", true)]
    [InlineData("/programs/harborview-example-iop", true)]
    [InlineData("/programs/beacon-hill-example-iop", false)]
    public async Task ProgramThatOffersSpanish_SaysSoOnSpanishPagesOnly(string url, bool offersSpanish)
    {
        var client = factory.CreateClient();
        var listing = factory.Services.GetRequiredService<CatalogStore>().Current.Index.Get(url.Split('/')[^1])!;
        Assert.Equal(offersSpanish, listing.Languages.Contains("es"));
        var spanish = await LanguagePage.Spanish(client, url, byHeader: false);
        Assert.Equal(offersSpanish ? ["Atiende en español"] : [], spanish.Document.QuerySelectorAll(".program header .speaks-language").Select(p => p.TextContent));
        var search = await LanguagePage.Spanish(client, $"/?q={Uri.EscapeDataString(listing.Name)}", byHeader: true);
        var card = search.Document.GetElementById($"result-{listing.Id}")!;
        Assert.Equal(offersSpanish, card.QuerySelector(".speaks-language") is not null);
        var english = await LanguagePage.Get(client, url);
        Assert.Null(english.Document.QuerySelector(".speaks-language"));
    }

    [Fact]
    public async Task ADescriptionWrittenInSpanish_IsMarkedSpanish_AndOthersEnglish()
    {
        foreach (var byHeader in new[] { false, true })
        {
            var spanish = await LanguagePage.Spanish(factory.CreateClient(), "/programs/puget-example-spanish-iop", byHeader);
            Assert.Equal("es", spanish.Document.QuerySelector(".program-body > div")!.GetAttribute("lang"));
            var english = await LanguagePage.Spanish(factory.CreateClient(), "/programs/harborview-example-iop", byHeader);
            Assert.Equal("en", english.Document.QuerySelector(".program-body > div")!.GetAttribute("lang"));
        }
    }

    [Fact]
    public async Task NotFound_InSpanish_Is404InSpanish()
    {
        var page = await LanguagePage.Spanish(factory.CreateClient(), "/programs/no-such-program", byHeader: false);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("/programs/no-such-program?lang=en", page.Switch.GetAttribute("href"));
    }
}
