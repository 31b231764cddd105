using System.Net;
using System.Text.Json;
using IopFinder.Core.Editing;
using IopFinder.Core.Fields;
using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Tests.Manage.Editing;

/// <summary>The listing editor at /manage/listings/{id}, driven as staff would drive it, on a temporary catalog.</summary>
public class EditorPageTests
{
    private const string Url = "/manage/listings/" + EditorSite.Listing;

    [Fact]
    public async Task Editor_ForAHeldListing_HasAnInputNamedByYamlKeyForEveryEditableField()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();

        var page = await client.OpenAsync(Url);

        var names = page.QuerySelectorAll("form#editor [name]").Select(e => e.GetAttribute("name")!).ToHashSet();
        // A confirmation is set by its own button and only carried through the form when the listing has one (Harborview has none).
        var missing = ListingFields.All.Where(f => !CarriedFields.Contains(f.Key) && f.Kind != FieldKind.Confirmation)
            .Where(f => !names.Any(n => n == f.Key || n.StartsWith(f.Key + ".", StringComparison.Ordinal) || n.StartsWith(f.Key + "[", StringComparison.Ordinal)))
            .Select(f => f.Key);
        Assert.Empty(missing);
        Assert.Contains("contact.phone", names);
        Assert.Contains("schedule[0].days", names);
        Assert.DoesNotContain(names, n => CarriedFields.Contains(n));
        Assert.Equal("617-555-0100", page.QuerySelector("input[name='contact.phone']")!.GetAttribute("value"));
        Assert.Equal("12 hours per week", page.QuerySelector("#f-schedule-0-hours")!.TextContent);
        Assert.Contains("Changes wait for review", page.QuerySelector("#f-name-help")!.TextContent);
    }

    [Fact]
    public async Task Editor_WithAFieldRegisteredOnlyInTheSite_ShowsItsChoices_AndSavesTheAnswerToTheFile()
    {
        await using var site = new EditorSite { AddedFields = [Fields.WalkInsCatalogFactory.Field] };
        var client = await site.StaffClientAsync();

        var page = await client.OpenAsync(Url);
        Assert.Equal(["true", "false", ""], page.QuerySelectorAll("form#editor input[name='accepts_walk_ins']").Select(e => e.GetAttribute("value")));

        await client.SubmitAsync(Url, f => EditorClient.Set(f, "accepts_walk_ins", "true"));
        Assert.Contains("\naccepts_walk_ins: true\n", site.FileOf(EditorSite.Listing));
    }

    [Fact]
    public async Task Save_PhoneChange_IsLiveOnTheProgramPageAndAudited()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();

        var saved = await client.SubmitAsync(Url, f => EditorClient.Set(f, "contact.phone", "617-555-0177"));

        var page = await PortalClient.Html(saved);
        Assert.Contains("Contact", page.QuerySelector("#live-now")!.TextContent);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var publicSite = site.CreateClient();
        while (!(await publicSite.GetStringAsync($"/programs/{EditorSite.Listing}")).Contains("617-555-0177") && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Contains("617-555-0177", await publicSite.GetStringAsync($"/programs/{EditorSite.Listing}"));
        var audit = site.Read(db => db.AuditEntries.Single(a => a.Action == AuditAction.Change));
        Assert.Equal(EditorSite.Staff, audit.Actor);
        Assert.Contains("617-555-0177", audit.After);
    }

    [Fact]
    public async Task Save_NameChange_WaitsForReviewAndIsNotWritten()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();

        var saved = await client.SubmitAsync(Url, f => EditorClient.Set(f, "name", "Harborview Renamed IOP"));

        Assert.Contains("Program name", (await PortalClient.Html(saved)).QuerySelector("#waiting")!.TextContent);
        Assert.DoesNotContain("Renamed", site.FileOf(EditorSite.Listing));
        var item = site.Read(db => db.ReviewItems.Single(i => i.Kind == ReviewKind.Change));
        Assert.Equal(EditorSite.Listing, item.ListingId);
        var change = Assert.Single(JsonSerializer.Deserialize<List<FieldChange>>(item.Payload!)!);
        Assert.Equal("name", change.Key);
        Assert.Contains("Harborview Renamed IOP", change.After);
    }

    [Fact]
    public async Task Post_ToAListingNotHeld_Is403AndWritesNothing()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();
        var other = "beacon-hill-example-iop";
        var before = site.FileOf(other);
        var inputs = EditorClient.Inputs(await client.OpenAsync(Url));
        EditorClient.Set(inputs, "contact.phone", "617-555-0199");

        var opened = await client.Http.GetAsync($"/manage/listings/{other}");
        var posted = await client.Http.PostAsync($"/manage/listings/{other}", new FormUrlEncodedContent(inputs));

        Assert.Equal(HttpStatusCode.Forbidden, opened.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(before, site.FileOf(other));
        Assert.Equal(0, site.Read(db => db.AuditEntries.Count(a => a.Action == AuditAction.Change)));
    }

    [Fact]
    public async Task Save_WithAStaleVersion_ShowsBothVersionsAndOverwritesNothing()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();
        var inputs = EditorClient.Inputs(await client.OpenAsync(Url));
        var theirs = site.FileOf(EditorSite.Listing).Replace("waitlist_weeks: 2", "waitlist_weeks: 4", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site.Dir, "programs", EditorSite.Listing + ".md"), theirs);
        EditorClient.Set(inputs, "contact.phone", "617-555-0188");

        var page = await PortalClient.Html(await client.Http.PostAsync(Url, new FormUrlEncodedContent(inputs)));

        Assert.Contains("waitlist_weeks: 4", page.QuerySelector("#theirs")!.TextContent);
        Assert.Contains("617-555-0188", page.QuerySelector("#mine")!.TextContent);
        Assert.Equal(theirs, site.FileOf(EditorSite.Listing));
    }

    [Fact]
    public async Task Save_ZipOfLetters_ShowsTheMessageAtTheZipInput()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();
        var before = site.FileOf(EditorSite.Listing);

        var response = await client.SubmitAsync(Url, f => EditorClient.Set(f, "locations[0].zip", "ABCDE"));

        var page = await PortalClient.Html(response);
        var message = page.QuerySelector("#f-locations-0-zip-error")!;
        Assert.Contains("f-locations-0-zip-error", page.QuerySelector("#f-locations-0-zip")!.GetAttribute("aria-describedby"));
        Assert.NotNull(page.QuerySelector("#error-summary a[href='#f-locations-0-zip']"));
        Assert.False(string.IsNullOrWhiteSpace(message.TextContent));
        Assert.Equal(before, site.FileOf(EditorSite.Listing));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Save_BadPhoneZipOfLettersAndTrackEndingBeforeItStarts_ShowsEachMessageAtItsInputInThePagesLanguage(string language)
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();
        var before = site.FileOf(EditorSite.Listing);

        var page = await PortalClient.Html(await client.SubmitAsync($"{Url}?lang={language}", BadEdit.Apply));

        foreach (var (key, message) in BadEdit.Messages(language))
        {
            Assert.Equal(message, page.QuerySelector($"#{BadEdit.ErrorIds[key]} span")!.TextContent);
        }
        Assert.Equal(3, page.QuerySelectorAll("#error-summary li").Length);
        Assert.Equal(before, site.FileOf(EditorSite.Listing));
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_Is400AndWritesNothing()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();
        var before = site.FileOf(EditorSite.Listing);

        var response = await client.SubmitAsync(Url, f =>
        {
            f.RemoveAll(p => p.Key == "__RequestVerificationToken");
            EditorClient.Set(f, "contact.phone", "617-555-0166");
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, site.FileOf(EditorSite.Listing));
    }

    [Fact]
    public async Task Editor_InSpanish_LabelsFieldsInSpanish()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();

        var page = await client.OpenAsync(Url + "?lang=es");

        Assert.Equal("Teléfono", page.QuerySelector("label[for='f-contact-phone']")!.TextContent);
        Assert.Equal("Guardar", page.QuerySelector("#save-button")!.TextContent);
        Assert.Contains("lang=es", page.QuerySelector("form#editor")!.GetAttribute("action"));
    }

    [Fact]
    public async Task Preview_RendersTheBodyAsTheProgramPageDoes_AndSavesNothing()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();
        var before = site.FileOf(EditorSite.Listing);

        var response = await client.SubmitAsync(Url, f =>
        {
            EditorClient.Set(f, "body", "## Groups\n\nA **new** line.");
            f.Add(new("_preview", "1"));
        });

        var preview = (await PortalClient.Html(response)).QuerySelector("#body-preview .program-body")!;
        Assert.Equal("Groups", preview.QuerySelector("h2, h3")!.TextContent);
        Assert.Equal("new", preview.QuerySelector("strong")!.TextContent);
        Assert.Equal(before, site.FileOf(EditorSite.Listing));
    }

    [Fact]
    public async Task MyListings_LinksToTheEditor()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();

        var home = await client.OpenAsync("/manage");

        Assert.Equal(Url, home.QuerySelector("#my-listings a.edit-listing")!.GetAttribute("href"));
    }
}
