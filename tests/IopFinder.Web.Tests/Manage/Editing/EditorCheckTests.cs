using System.Net;
using System.Text.Json;

namespace IopFinder.Web.Tests.Manage.Editing;

/// <summary>
/// The editor's check (<c>?handler=check</c>): the validator's problems with a posted form as JSON for the script that
/// shows them while staff type, writing nothing; for the listing's holders only, with the antiforgery token.
/// </summary>
public class EditorCheckTests
{
    private const string Url = "/manage/listings/" + EditorSite.Listing;

    private static async Task<HttpResponseMessage> CheckAsync(EditorClient client, string language, Action<List<KeyValuePair<string, string>>> change)
    {
        var inputs = EditorClient.Inputs(await client.OpenAsync(Url + "?lang=" + language));
        change(inputs);
        return await client.Http.PostAsync($"{Url}?handler=check&lang={language}", new FormUrlEncodedContent(inputs));
    }

    private static async Task<Dictionary<string, (string Label, string Message, string ErrorId)>> ProblemsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("problems").EnumerateArray().ToDictionary(
            p => p.GetProperty("key").GetString()!,
            p => (p.GetProperty("label").GetString()!, p.GetProperty("message").GetString()!, p.GetProperty("errorId").GetString()!));
    }

    [Theory]
    [InlineData("en", "Phone", "ZIP code")]
    [InlineData("es", "Teléfono", "Código postal")]
    public async Task Check_BadPhoneZipOfLettersAndTrackEndingBeforeItStarts_GivesEachKeyItsLabelAndMessageInThePagesLanguage_WritingNothing(
        string language, string phoneLabel, string zipLabel)
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();
        var before = site.FileOf(EditorSite.Listing);

        var problems = await ProblemsOf(await CheckAsync(client, language, BadEdit.Apply));

        Assert.Equal(["contact.phone", "locations[0].zip", "schedule[0].end"], problems.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, message) in BadEdit.Messages(language))
        {
            Assert.Equal((message, BadEdit.ErrorIds[key]), (problems[key].Message, problems[key].ErrorId));
        }
        Assert.Contains(phoneLabel, problems["contact.phone"].Label);
        Assert.Contains(zipLabel, problems["locations[0].zip"].Label);
        Assert.Equal(before, site.FileOf(EditorSite.Listing));
    }

    [Fact]
    public async Task Check_OfAGoodForm_HasNoProblems()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();

        var problems = await ProblemsOf(await CheckAsync(client, "en", f => EditorClient.Set(f, "contact.phone", "617-555-0177")));

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("en", "front matter is not valid YAML: ")]
    [InlineData("es", "el encabezado del archivo no es YAML válido: ")]
    public async Task Check_WhenAFieldThePortalKeepsNoLongerReadsWithTheForm_ShowsTheFilesYamlProblemInThePagesLanguage(string language, string says)
    {
        await using var site = new EditorSite();
        var path = Path.Combine(site.Dir, "programs", EditorSite.Listing + ".md");
        // A hand edit: a kept field ('example') refers by alias to an anchor on a field the form writes again, without the anchor.
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("accepting_new_patients: true", "accepting_new_patients: &yes true").Replace("example: true", "example: *yes"));
        var client = await site.StaffClientAsync();

        var problems = await ProblemsOf(await CheckAsync(client, language, f => EditorClient.Set(f, "contact.phone", "617-555-0177")));

        Assert.StartsWith(says, Assert.Single(problems).Value.Message);
    }

    [Fact]
    public async Task Check_OnAnotherPersonsListing_Is403()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();
        var inputs = EditorClient.Inputs(await client.OpenAsync(Url));

        var response = await client.Http.PostAsync("/manage/listings/beacon-hill-example-iop?handler=check", new FormUrlEncodedContent(inputs));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Check_WithoutTheAntiforgeryToken_Is400()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();

        var response = await CheckAsync(client, "en", f => f.RemoveAll(p => p.Key == "__RequestVerificationToken"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Editor_PointsItsScriptAtTheCheck()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();

        var page = await client.OpenAsync(Url + "?lang=es");

        Assert.Equal(Url + "?handler=check&lang=es", page.QuerySelector("form#editor")!.GetAttribute("data-check"));
        var script = page.QuerySelector("script[src^='/js/editor-check.js']")!.GetAttribute("src")!;
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(script)).StatusCode);
    }
}
