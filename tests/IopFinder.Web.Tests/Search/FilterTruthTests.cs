using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests.Search;

/// <summary>
/// On the bundled national catalog, the filters say what they can find: a value no listing gives is
/// greyed with "call to ask" instead of a 0 among live choices, and a count in a group with a ticked
/// value reads as what the value adds, never as the size of its category.
/// </summary>
[Collection(NationalCatalogCollection.Name)]
public class FilterTruthTests(NationalCatalogFactory factory)
{
    private async Task<IHtmlDocument> Page(string url) =>
        new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(url));

    private async Task<JsonElement> Api(string url) =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync(url)).RootElement;

    private async Task<int> Total(string query) => (await Api("/api/programs?" + query)).GetProperty("total").GetInt32();

    private static IElement Option(IHtmlDocument doc, string parameter, string value) =>
        doc.QuerySelector($"#group-{parameter} input[name='{parameter}'][value='{value}']")!.ParentElement!;

    private static string? Seen(IElement option) => option.QuerySelector(".count")?.TextContent;

    private static string? Heard(IElement option) => option.QuerySelector(".facet .visually-hidden")?.TextContent;

    [Theory]
    [InlineData("day", "mon", "", "no listing gives this yet — call to ask")]
    [InlineData("day", "sun", "", "no listing gives this yet — call to ask")]
    [InlineData("time", "evening", "", "no listing gives this yet — call to ask")]
    [InlineData("accepting", "true", "", "no listing gives this yet — call to ask")]
    [InlineData("day", "mon", "?lang=es", "ningún perfil lo dice todavía — llame para preguntar")]
    [InlineData("accepting", "true", "?lang=es", "ningún perfil lo dice todavía — llame para preguntar")]
    public async Task Filters_GroupNoListingGives_IsGreyedOnceWithCallToAsk_StillTickable(string parameter, string value, string language, string note)
    {
        // What the catalog holds: ticking the value finds no program, only programs that don't say.
        var ticked = await Api($"/api/programs?{parameter}={value}");
        Assert.Equal(0, ticked.GetProperty("total").GetInt32());
        Assert.True(ticked.GetProperty("unknown_total").GetInt32() > 5000);

        var doc = await Page("/" + language);
        var group = doc.QuerySelector($"#group-{parameter}")!;
        var said = group.QuerySelector("p.none-listed")!;
        Assert.Equal(note, said.TextContent);
        var option = Option(doc, parameter, value);
        Assert.Contains("option-unlisted", option.ClassList);
        Assert.Null(option.QuerySelector(".count"));
        Assert.DoesNotContain("0", option.TextContent);
        var box = (IHtmlInputElement)option.QuerySelector("input")!;
        Assert.False(box.IsDisabled);
        Assert.Equal(said.Id, box.GetAttribute("aria-describedby"));
    }

    [Theory]
    [InlineData("", "no listing is confirmed yet")]
    [InlineData("?lang=es", "todavía no hay ningún perfil confirmado")]
    public async Task Filters_ConfirmedWhenNoListingIsConfirmed_SaysSoWithoutCallToAsk(string language, string note)
    {
        // Every listing is confirmed or not: no program "doesn't say", so there is nobody to call about it.
        var ticked = await Api("/api/programs?confirmed=true");
        Assert.Equal(0, ticked.GetProperty("total").GetInt32());
        Assert.Equal(0, ticked.GetProperty("unknown_total").GetInt32());

        var doc = await Page("/" + language);
        var said = doc.QuerySelector("#group-confirmed p.none-listed")!;
        Assert.Equal(note, said.TextContent);
        Assert.DoesNotContain("—", said.TextContent);
        var option = Option(doc, "confirmed", "true");
        Assert.Contains("option-unlisted", option.ClassList);
        Assert.Equal(said.Id, option.QuerySelector("input")!.GetAttribute("aria-describedby"));
    }

    [Theory]
    [InlineData("", "no listing gives this yet — call to ask")]
    [InlineData("&lang=es", "ningún perfil lo dice todavía — llame para preguntar")]
    public async Task Filters_TermNoListingGives_IsGreyedWithCallToAskBesideLiveChoices(string language, string note)
    {
        Assert.Equal(0, await Total("condition=depression&include_unknown=false"));
        var doc = await Page("/?more=condition" + language);
        var depression = Option(doc, "condition", "depression");
        Assert.Contains("option-unlisted", depression.ClassList);
        Assert.Equal($"({note})", depression.QuerySelector(".none-listed")!.TextContent);
        Assert.Null(depression.QuerySelector(".count"));
        // The group's live choices keep their numbers, and the group says nothing about all of it.
        Assert.Matches(@"^\d", Seen(Option(doc, "condition", "ptsd")));
        Assert.Null(doc.QuerySelector("#group-condition p.none-listed"));
    }

    [Fact]
    public async Task Facets_DayProgramsWithIntensiveOutpatientTicked_ReadAsWhatTheyAdd()
    {
        // The defect: "Partial hospitalization 6,733" with IOP ticked, when 2,838 programs are day programs.
        var iop = await Total("level=iop");
        var both = await Total("level=iop&level=php");
        var doc = await Page("/");
        var php = Option(doc, "level", "php");
        Assert.Equal($"+{both - iop:N0}", Seen(php));
        Assert.Equal($"adds {both - iop:N0} programs", Heard(php));
        Assert.Equal("true", php.QuerySelector(".count")!.GetAttribute("aria-hidden"));
        Assert.DoesNotContain($"{both:N0}", php.TextContent);
        // The ticked value carries no number: the results heading counts it.
        Assert.Null(Seen(Option(doc, "level", "iop")));
        Assert.Contains($"{iop:N0} intensive outpatient programs", doc.QuerySelector("#results-heading")!.TextContent);

        // The API keeps its documented rule: the total the search would have with the value ticked.
        var facets = (await Api("/api/programs")).GetProperty("facets").GetProperty("level");
        Assert.Equal(both, facets.GetProperty("php").GetInt32());
    }

    [Theory]
    [InlineData("", "adds {0} programs")]
    [InlineData("&lang=es", "agrega {0} programas")]
    public async Task Facets_MedicareAfterMedicaidNearChicago_ReadsAsWhatItAdds(string language, string heard)
    {
        // The defect: after Medicaid (94), "Medicare 98" read as if 98 programs took Medicare.
        const string search = "near=60614&insurance=medicaid";
        var medicaid = await Total(search);
        var either = await Total(search + "&insurance=medicare");
        var medicareOnly = await Total("near=60614&insurance=medicare");
        Assert.True(either - medicaid > 1 && either - medicaid < medicareOnly, $"{medicaid}, {either}, {medicareOnly}");

        var doc = await Page($"/?{search}{language}");
        var medicare = Option(doc, "insurance", "medicare");
        Assert.Equal($"+{either - medicaid}", Seen(medicare));
        Assert.Equal(string.Format(heard, either - medicaid), Heard(medicare));
        Assert.Null(Seen(Option(doc, "insurance", "medicaid")));
    }

    [Fact]
    public async Task Facets_GroupWithNothingTicked_ShowTheProgramsThatHaveTheValue()
    {
        const string search = "near=60614&insurance=medicaid";
        var doc = await Page($"/?{search}");
        var withSpanish = await Total(search + "&language=es");
        var spanish = Option(doc, "language", "es");
        Assert.Equal($"{withSpanish}", Seen(spanish));
        Assert.Equal($"{withSpanish} programs", Heard(spanish));
        Assert.Contains("+N is how many more it adds", doc.QuerySelector("#filters > .help")!.TextContent);
    }
}
