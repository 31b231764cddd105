using System.Net;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>Every page type, its variants and the API, in both languages, ask only for words that exist.</summary>
public class MissingResourceTests(RecordingSiteFactory factory) : IClassFixture<RecordingSiteFactory>
{
    // Each kind of page and the states that word it differently: results, few and none, programs that
    // don't say, maps, chosen programs, every kind of program page, comparisons with every need, errors.
    private static readonly string[] Urls =
    [
        "/", "/?page=2", "/?near=02139&condition=ptsd&time=evening&day=mon&day=tue&max_hours=12&accepting=true&ids=harborview-example-iop&sort=distance",
        "/?near=Portland", "/?near=99999&sort=distance", "/?near=91,181", "/?near=30,-40", "/?q=dbt%2002139", "/?q=zzzzqqq", "/?q=gambling&level=php",
        "/?condition=psychosis&insurance=tricare&include_unknown=true", "/?time=evening&include_unknown=true", "/?gender=female&language=ko&include_unknown=true",
        "/?condition=depression&feature=child-care&accreditation=coa&population=hiv&age=children&format=hybrid&medication=methadone&modality=ect&include_unknown=true",
        "/?state=MA&more=insurance", "/?level=php&level=iop", "/?radius=abc&sort=bogus&condition=depresion&q=" + "ab",
        "/programs/harborview-example-iop?ids=bayou-example-iop", "/programs/puget-example-spanish-iop", "/programs/green-mountain-example-virtual-iop",
        "/programs/north-shore-example-day-program", "/programs/crescent-example-php-iop", "/programs/no-such-program",
        "/compare", "/compare?ids=harborview-example-iop,green-mountain-example-virtual-iop,bayou-example-iop&near=02139&insurance=medicaid&insurance=aetna&condition=depression&condition=psychosis&time=evening&day=sat&max_hours=3&format=virtual&age=children&language=es&accreditation=&w.insurance=3&w.fresh=2&w.schedule=1&w.psychiatrist-on-staff=3&w.outcome-tracking=1&w.family-involvement=1&w.crisis-plan=1&w.aftercare-planning=1&w.accepting=3&accepting=true",
        "/compare?ids=a,b,c,d,e,f,g&w.bogus=2&w.insurance=9", "/compare?ids=harborview-example-iop&near=30,-40&diff=1", "/compare?ids=harborview-example-iop&near=Xyzzyville",
        "/status", "/for-programs", "/for-programs?id=twin-ports-example-iop", "/developers", "/corrections?id=harborview-example-iop", "/not-found",
        "/api/programs?near=Portland&condition=depresion&sort=distance", "/api/programs?radius=abc", "/api/programs/no-such-program",
        "/api/compare?ids=harborview-example-iop,bayou-example-iop&insurance=medicaid&time=morning&w.fresh=3", "/api/compare", "/api/compare?ids=nope",
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task EveryPageAndAnswer_AsksOnlyForWordsThatHaveAResource(string language)
    {
        var client = factory.CreateClient();
        foreach (var url in Urls)
        {
            var response = await client.GetAsync(url + (url.Contains('?') ? "&" : "?") + "lang=" + language);
            Assert.True(response.StatusCode < HttpStatusCode.InternalServerError, url);
        }
        var correction = await client.PostAsync($"/corrections?id=harborview-example-iop&lang={language}", new FormUrlEncodedContent([new("suggestion", " ")]));
        Assert.Equal(HttpStatusCode.OK, correction.StatusCode);
        Assert.NotNull(factory.Localizers);
        Assert.Empty(factory.Localizers.Missing.Keys.Order(StringComparer.Ordinal));
    }
}
