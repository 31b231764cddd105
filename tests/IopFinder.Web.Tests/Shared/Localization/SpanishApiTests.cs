using System.Globalization;
using System.Net;
using System.Text.Json;
using IopFinder.Core.Common;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>The API's words (warnings, errors, the checklist's labels, reasons and questions) in Spanish; its fields and codes unchanged.</summary>
public class SpanishApiTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private static string Es(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, ResourceFile.Spanish[key], values);

    private async Task<(HttpStatusCode Status, JsonElement Json)> Api(string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);
        var response = await factory.CreateClient().SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private static IEnumerable<string> Fields(JsonElement json) => json.EnumerateObject().Select(p => p.Name);

    [Theory]
    [InlineData("/api/programs?near=99999&lang=es", null)]
    [InlineData("/api/programs?near=99999", LanguagePage.SpanishBrowser)]
    public async Task SearchWarnings_InSpanish_WithTheSameFields(string url, string? acceptLanguage)
    {
        var (status, spanish) = await Api(url, acceptLanguage);
        var (_, english) = await Api("/api/programs?near=99999");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Fields(english), Fields(spanish));
        Assert.Equal(Fields(english.GetProperty("results")[0]), Fields(spanish.GetProperty("results")[0]));
        Assert.Equal([Es("Notice.ZipNotFound", "99999")], spanish.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(english.GetProperty("facets").GetRawText(), spanish.GetProperty("facets").GetRawText());
    }

    [Fact]
    public async Task BadParameter_IsAProblemInSpanish_UnderTheSameParameter()
    {
        var (status, json) = await Api("/api/programs?max_hours=abc&lang=es");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(ResourceFile.Spanish["Problem.BadSearch"], json.GetProperty("title").GetString());
        // "max_hours debe ser un número del …": the sentence up to its limits.
        var sentence = ResourceFile.Spanish["Notice.NotANumber"].Split("{1}")[0].Replace("{0}", "max_hours", StringComparison.Ordinal);
        Assert.StartsWith(sentence, json.GetProperty("errors").GetProperty("max_hours")[0].GetString());
        // The distance has its own sentence, in miles.
        var (_, radius) = await Api("/api/programs?radius=abc&lang=es");
        Assert.Equal("La distancia (radius) debe ser un número de millas de 1 a 500.", radius.GetProperty("errors").GetProperty("radius")[0].GetString());
    }

    [Fact]
    public async Task UnknownProgram_IsANotFoundProblemInSpanish()
    {
        var (status, json) = await Api("/api/programs/no-such-program?lang=es");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(ResourceFile.Spanish["Problem.NotFound"], json.GetProperty("title").GetString());
        Assert.Equal(Es("Problem.NoProgram", "no-such-program"), json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Comparison_InSpanish_KeepsItsCodes_AndWordsTheRest()
    {
        const string query = "/api/compare?ids=harborview-example-iop,beacon-hill-example-iop&insurance=medicaid&w.insurance=3&w.psychiatrist-on-staff=2";
        var (_, english) = await Api(query);
        var (status, spanish) = await Api(query + "&lang=es");
        Assert.Equal(HttpStatusCode.OK, status);
        static IEnumerable<string> Codes(JsonElement json) => json.GetProperty("programs").EnumerateArray()
            .SelectMany(p => p.GetProperty("criteria").EnumerateArray().Select(c => $"{p.GetProperty("id")}:{c.GetProperty("need")}:{c.GetProperty("result")}:{c.GetProperty("credit")}"));
        Assert.Equal(Codes(english), Codes(spanish));
        var beacon = spanish.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "beacon-hill-example-iop");
        Assert.Equal(["insurance"], beacon.GetProperty("missed_must_haves").EnumerateArray().Select(m => m.GetString()));
        var insurance = beacon.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("need").GetString() == "insurance");
        Assert.StartsWith(Es("Filter.insurance.Noun"), insurance.GetProperty("label").GetString());
        Assert.Contains(Es("Question.psychiatrist-on-staff"), beacon.GetProperty("questions").EnumerateArray().Select(q => q.GetString()));
    }
}
