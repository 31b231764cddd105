using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Tests.Manage.Editing;

/// <summary>A new program through the editor's form at /manage/new: validated like an edit, always sent to review.</summary>
public class NewProgramTests
{
    [Fact]
    public async Task NewProgram_Valid_IsSentForReviewWithTheListingFileAndWritesNoFile()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();

        var response = await client.SubmitAsync("/manage/new", f =>
        {
            EditorClient.Set(f, "name", "Lighthouse Teen IOP");
            f.Add(new("levels_of_care", "iop"));
            f.Add(new("conditions", "depression"));
            f.Add(new("formats", "virtual"));
            f.Add(new("virtual_states", "MA"));
            EditorClient.Set(f, "body", "A new program.");
        });

        Assert.NotNull((await PortalClient.Html(response)).QuerySelector("#sent-for-review"));
        var item = site.Read(db => db.ReviewItems.Single(i => i.Kind == ReviewKind.NewProgram));
        Assert.Equal("lighthouse-teen-iop", item.ListingId);
        Assert.Contains("Lighthouse Teen IOP", item.Payload);
        Assert.StartsWith("---\n", item.Payload);
        Assert.False(File.Exists(Path.Combine(site.Dir, "programs", "lighthouse-teen-iop.md")));
        Assert.Equal(1, site.Read(db => db.AuditEntries.Count(a => a.Action == AuditAction.NewProgram)));
    }

    [Theory]
    [InlineData("Harborview Example IOP", "name")]
    [InlineData("", "name")]
    public async Task NewProgram_WithATakenOrMissingName_ShowsTheMessageAtTheNameAndQueuesNothing(string name, string key)
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();

        var response = await client.SubmitAsync("/manage/new", f =>
        {
            EditorClient.Set(f, "name", name);
            f.Add(new("levels_of_care", "iop"));
            f.Add(new("conditions", "depression"));
            f.Add(new("formats", "virtual"));
            f.Add(new("virtual_states", "MA"));
        });

        Assert.NotNull((await PortalClient.Html(response)).QuerySelector($"#f-{key}-error"));
        Assert.Equal(0, site.Read(db => db.ReviewItems.Count(i => i.Kind == ReviewKind.NewProgram)));
    }

    private static void Lighthouse(List<KeyValuePair<string, string>> f, string name, string website)
    {
        EditorClient.Set(f, "name", name);
        EditorClient.Set(f, "contact.website", website);
        f.Add(new("levels_of_care", "iop"));
        f.Add(new("conditions", "depression"));
        f.Add(new("formats", "virtual"));
        f.Add(new("virtual_states", "MA"));
    }

    private static void AtHarborviewsZip(List<KeyValuePair<string, string>> f, string name)
    {
        EditorClient.Set(f, "name", name);
        f.Add(new("levels_of_care", "iop"));
        f.Add(new("conditions", "depression"));
        f.Add(new("formats", "in-person"));
        EditorClient.Set(f, "locations[0].address", "1 Other St");
        EditorClient.Set(f, "locations[0].city", "Cambridge");
        EditorClient.Set(f, "locations[0].state", "MA");
        EditorClient.Set(f, "locations[0].zip", "02139");
    }

    [Theory]
    [InlineData("en", "This looks like Harborview Example IOP, which is already listed.", "Same name at the same ZIP code.")]
    [InlineData("es", "Parece ser Harborview Example IOP, que ya está en el directorio.", "Mismo nombre en el mismo código postal.")]
    public async Task NewProgram_SameNameAtTheSameZipAsAListing_OffersTheClaimAndQueuesNothing(string language, string says, string why)
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();

        var response = await client.SubmitAsync("/manage/new?lang=" + language, f => AtHarborviewsZip(f, "HarborView Example I.O.P."));

        var page = await PortalClient.Html(response);
        var notice = page.QuerySelector("form#editor #lookalike")!;
        Assert.Contains(says, notice.TextContent);
        Assert.Contains(why, notice.TextContent);
        Assert.StartsWith("/manage/claim/" + EditorSite.Listing, notice.QuerySelector("a#claim-instead")!.GetAttribute("href"));
        Assert.Equal("HarborView Example I.O.P.", page.QuerySelector("input[name=name]")!.GetAttribute("value"));
        Assert.Equal(0, site.Read(db => db.ReviewItems.Count(i => i.Kind == ReviewKind.NewProgram)));
    }

    [Fact]
    public async Task NewProgram_OnTheWebsiteDomainOfAPendingSubmission_SaysItWaitsForReview_UntilSentAsADifferentProgram()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();
        await client.SubmitAsync("/manage/new", f => Lighthouse(f, "Lighthouse Teen IOP", "https://www.lighthouseteen.example"));

        var held = await PortalClient.Html(await client.SubmitAsync("/manage/new", f => Lighthouse(f, "Lighthouse Adult IOP", "https://lighthouseteen.example/adults")));

        var notice = held.QuerySelector("#lookalike")!;
        Assert.Contains("Lighthouse Teen IOP, a new program already waiting for review", notice.TextContent);
        Assert.Contains("Same website (lighthouseteen.example)", notice.TextContent);
        Assert.Null(notice.QuerySelector("#claim-instead"));
        Assert.Equal(1, site.Read(db => db.ReviewItems.Count(i => i.Kind == ReviewKind.NewProgram)));

        // The person looked and says it is another program: the same values, with that choice, are sent.
        var inputs = EditorClient.Inputs(held);
        inputs.Add(new("_different", "1"));
        var sent = await PortalClient.Html(await client.Http.PostAsync("/manage/new", new FormUrlEncodedContent(inputs)));

        Assert.NotNull(sent.QuerySelector("#sent-for-review"));
        Assert.Equal(["lighthouse-adult-iop", "lighthouse-teen-iop"],
            site.Read(db => db.ReviewItems.Where(i => i.Kind == ReviewKind.NewProgram).Select(i => i.ListingId!).ToList()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NewProgram_OnASharedHostLikeAnotherPending_IsNotALookalike()
    {
        await using var site = new EditorSite();
        var client = await site.StaffClientAsync();
        await client.SubmitAsync("/manage/new", f => Lighthouse(f, "Lighthouse Teen IOP", "https://lighthouse.wixsite.com/teen"));

        var response = await client.SubmitAsync("/manage/new", f => Lighthouse(f, "Beacon Adult IOP", "https://beacon.wixsite.com/adult"));

        Assert.NotNull((await PortalClient.Html(response)).QuerySelector("#sent-for-review"));
    }
}
