using System.Text;
using IopFinder.Core.Editing;
using IopFinder.Web.Manage.Editing;
using IopFinder.Web.Tests.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace IopFinder.Web.Tests.Manage.Editing;

/// <summary>The editor's save service on the live-reload site's temporary content folder (listing "alpha").</summary>
public class ListingEditServiceTests(LiveContentFactory factory) : IClassFixture<LiveContentFactory>
{
    private const string Id = "alpha";
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<SaveResult> Save(HttpRequest request)
    {
        using var scope = factory.StaffScope();
        return await scope.ServiceProvider.GetRequiredService<ListingEditService>().SaveAsync(Id, request, CancellationToken.None);
    }

    private string OpenedVersion()
    {
        using var scope = factory.StaffScope();
        return scope.ServiceProvider.GetRequiredService<ListingEditService>().Open(Id).Version;
    }

    /// <summary>The editor's inputs for the listing, with one changed.</summary>
    private static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Form(string key, string value)
    {
        var form = new Dictionary<string, IReadOnlyList<string>>
        {
            ["name"] = ["Alpha Program"], ["levels_of_care"] = ["iop"], ["conditions"] = ["depression"], ["formats"] = ["virtual"],
            ["virtual_states"] = ["MA"], ["body"] = ["Body."],
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

    [Fact]
    public async Task Check_InvalidPhone_GivesValidatorMessageAtInputAndWritesNothing()
    {
        var before = File.ReadAllText(Path.Combine(factory.Dir, "programs", Id + ".md"));
        using var scope = factory.StaffScope();

        var result = await scope.ServiceProvider.GetRequiredService<ListingEditService>()
            .CheckAsync(Id, Posted(Form("contact.phone", "call us"), OpenedVersion()), CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("contact.phone", problem.Key);
        Assert.Contains("must have 7 to 15 digits", problem.Message);
        Assert.Equal(before, File.ReadAllText(Path.Combine(factory.Dir, "programs", Id + ".md")));
    }
}
