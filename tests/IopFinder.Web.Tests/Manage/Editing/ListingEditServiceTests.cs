using System.Text;
using IopFinder.Core.Editing;
using IopFinder.Web.Manage.Editing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace IopFinder.Web.Tests.Manage.Editing;

/// <summary>A site on a temporary content folder holding one listing that the editor's service saves.</summary>
public sealed class EditingContentFactory : SiteFactory
{
    public EditingContentFactory()
    {
        Directory.CreateDirectory(Path.Combine(Dir, "programs"));
        File.Copy(Path.Combine(RepoRoot, "content", "taxonomy.yml"), Path.Combine(Dir, "taxonomy.yml"));
        File.WriteAllText(Path.Combine(Dir, "programs", "harbor-view-iop.md"),
            "---\nname: Harbor View IOP\nlevels_of_care: [iop]\nconditions: [depression]\nformats: [virtual]\nvirtual_states: [MA]\n" +
            "contact:\n  phone: \"617-555-0100\"\n---\nEvening groups.\n");
    }

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "iopfinder-editing-" + Guid.NewGuid().ToString("N"));

    public override string ContentPath => Dir;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Catalog:ReloadDebounceMilliseconds", "100");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
    }
}

public class ListingEditServiceTests(EditingContentFactory factory) : IClassFixture<EditingContentFactory>
{
    private const string Id = "harbor-view-iop";
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<SaveResult> Save(HttpRequest request)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ListingEditService>().SaveAsync(Id, request, CancellationToken.None);
    }

    private string OpenedVersion()
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ListingEditService>().Open(Id).Version;
    }

    /// <summary>The editor's inputs for the listing, with one changed.</summary>
    private static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Form(string key, string value)
    {
        var form = new Dictionary<string, IReadOnlyList<string>>
        {
            ["name"] = ["Harbor View IOP"], ["levels_of_care"] = ["iop"], ["conditions"] = ["depression"], ["formats"] = ["virtual"],
            ["virtual_states"] = ["MA"], ["contact.phone"] = ["617-555-0100"], ["body"] = ["Evening groups."],
        };
        form[key] = [value];
        return form;
    }

    private static HttpRequest Posted(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> inputs, string version)
    {
        var values = inputs.ToDictionary(p => p.Key, p => new StringValues([.. p.Value]));
        values[EditFormPairs.VersionInput] = version;
        values["__RequestVerificationToken"] = "token";
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Form = new FormCollection(values);
        return context.Request;
    }

    [Fact]
    public async Task Save_PhoneEdited_ProgramPageShowsNewPhoneAfterLiveReload()
    {
        var result = await Save(Posted(Form("contact.phone", "617-555-0177"), OpenedVersion()));

        Assert.IsType<Saved>(result);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!(await _client.GetStringAsync($"/programs/{Id}")).Contains("617-555-0177") && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Contains("617-555-0177", await _client.GetStringAsync($"/programs/{Id}"));
    }

    [Fact]
    public async Task Save_FormOverServerValueLimit_IsInvalidWithMessageAndWritesNothing()
    {
        var before = File.ReadAllText(Path.Combine(factory.Dir, "programs", Id + ".md"));
        var body = string.Join('&', Enumerable.Range(0, 10_000).Select(i => $"schedule%5B{i}%5D.days=mon"));
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Body = new MemoryStream(Encoding.ASCII.GetBytes(body));

        var invalid = Assert.IsType<SaveInvalid>(await Save(context.Request));

        Assert.Contains("the form could not be read", Assert.Single(invalid.Problems).Message);
        Assert.Equal(before, File.ReadAllText(Path.Combine(factory.Dir, "programs", Id + ".md")));
    }

    [Fact]
    public async Task Save_FormWithoutVersion_IsConflictAndWritesNothing()
    {
        var before = File.ReadAllText(Path.Combine(factory.Dir, "programs", Id + ".md"));

        var conflict = Assert.IsType<SaveConflict>(await Save(Posted(Form("waitlist_weeks", "4"), "")));

        Assert.Equal(before, conflict.DiskText);
        Assert.Equal(before, File.ReadAllText(Path.Combine(factory.Dir, "programs", Id + ".md")));
    }
}
