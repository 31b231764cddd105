using System.Text.Json;
using IopFinder.Web.Tests.Manage.Editing;

namespace IopFinder.Web.Tests.Manage.Replicas;

/// <summary>
/// Two replicas, each with its own clone of one content remote (a bare repository in a temporary folder): an edit
/// saved through one is served by the other, two edits of one listing never lose either, and an unreachable remote
/// only delays the push.
/// </summary>
public class ReplicaTests
{
    private const string Id = EditorSite.Listing;
    private const string Url = "/manage/listings/" + Id;
    private const string Page = "/programs/" + Id;

    // Far longer than any test: only the signal, or the pull before a save, brings a change.
    private const int NoPeriodicPull = 3600;

    [Theory]
    [InlineData(true, NoPeriodicPull)]
    [InlineData(false, 1)]
    public async Task Save_ThroughReplicaA_IsServedByReplicaB(bool signal, int pullSeconds)
    {
        using var remote = new ContentRemoteFolder();
        var shared = signal ? new LinkedSignal() : null;
        await using var a = new ReplicaSite(remote, "a", NoPeriodicPull, shared);
        await using var b = new ReplicaSite(remote, "b", pullSeconds, shared);
        var publicB = b.CreateClient();
        Assert.DoesNotContain("617-555-0177", await publicB.GetStringAsync(Page));
        var staff = await a.StaffClientAsync();

        var saved = await PortalClient.Html(await staff.SubmitAsync(Url, f => EditorClient.Set(f, "contact.phone", "617-555-0177")));

        Assert.NotNull(saved.QuerySelector("#live-now"));
        Assert.Contains("617-555-0177", remote.OnRemote(Id));
        Assert.Contains("617-555-0177", await WaitForAsync(publicB, Page, html => html.Contains("617-555-0177")));
        Assert.Equal(0, (await RemoteStatusAsync(a)).GetProperty("waiting").GetInt32());
    }

    [Fact]
    public async Task Save_SameListingThroughBothReplicas_OneWinsAndTheOtherSeesBothVersions()
    {
        using var remote = new ContentRemoteFolder();
        await using var a = new ReplicaSite(remote, "a", NoPeriodicPull);
        await using var b = new ReplicaSite(remote, "b", NoPeriodicPull);
        var onA = await a.StaffClientAsync();
        var onB = await b.StaffClientAsync();
        // Both open the editor at the same version.
        var formA = EditorClient.Inputs(await onA.OpenAsync(Url));
        var formB = EditorClient.Inputs(await onB.OpenAsync(Url));

        EditorClient.Set(formB, "contact.phone", "617-555-0122");
        var first = await PortalClient.Html(await onB.Http.PostAsync(Url, new FormUrlEncodedContent(formB)));
        EditorClient.Set(formA, "contact.phone", "617-555-0111");
        var second = await PortalClient.Html(await onA.Http.PostAsync(Url, new FormUrlEncodedContent(formA)));

        Assert.NotNull(first.QuerySelector("#live-now"));
        Assert.NotNull(second.QuerySelector("#conflict"));
        Assert.Contains("617-555-0122", second.QuerySelector("#theirs")!.TextContent);
        Assert.Contains("617-555-0111", second.QuerySelector("#mine")!.TextContent);
        // Mine stays in the form, now against the winner's version: saving again is a choice made with both in view.
        Assert.Equal("617-555-0111", second.QuerySelector("input[name='contact.phone']")!.GetAttribute("value"));
        Assert.Contains("617-555-0122", remote.OnRemote(Id));
        Assert.Contains("617-555-0122", File.ReadAllText(Path.Combine(a.ContentPath, "programs", Id + ".md")));
    }

    [Fact]
    public async Task Save_RemoteUnreachable_IsServedHereWaitsOnStatusAndIsPushedWhenItIsBack()
    {
        using var remote = new ContentRemoteFolder();
        await using var a = new ReplicaSite(remote, "a", pullSeconds: 1);
        var staff = await a.StaffClientAsync();
        var visitor = a.CreateClient();
        remote.GoAway();

        var saved = await PortalClient.Html(await staff.SubmitAsync(Url, f => EditorClient.Set(f, "contact.phone", "617-555-0177")));

        Assert.NotNull(saved.QuerySelector("#live-now"));
        await WaitForAsync(visitor, Page, html => html.Contains("617-555-0177"));
        var waiting = await RemoteStatusAsync(a);
        Assert.Equal(1, waiting.GetProperty("waiting").GetInt32());
        Assert.Equal(ReplicaSite.Today, waiting.GetProperty("waiting_since").GetDateTimeOffset());
        var status = await PortalClient.Html(await visitor.GetAsync("/status"));
        Assert.Contains("waiting to be pushed to the content remote (origin): 1,", status.QuerySelector("#remote-waiting")!.TextContent);
        var estado = await PortalClient.Html(await visitor.GetAsync("/status?lang=es"));
        Assert.Contains("esperan a enviarse al repositorio remoto del contenido (origin): 1,", estado.QuerySelector("#remote-waiting")!.TextContent);
        var health = JsonDocument.Parse(await visitor.GetStringAsync("/healthz")).RootElement;
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Contains("1 saved edit(s) wait to be pushed", health.GetProperty("description").GetString());

        remote.ComeBack();

        await WaitForAsync(visitor, "/api/status", json => RemoteOf(json).GetProperty("waiting").GetInt32() == 0);
        Assert.Contains("617-555-0177", remote.OnRemote(Id));
        Assert.Contains("every edit saved here has been pushed", (await PortalClient.Html(await visitor.GetAsync("/status"))).QuerySelector("#remote-waiting")!.TextContent,
            StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sync_EditWaitingOnAWhileBSavedTheSameListing_ServesBsAndKeepsAsUnderAReference()
    {
        using var remote = new ContentRemoteFolder();
        var signal = new LinkedSignal();
        await using var a = new ReplicaSite(remote, "a", NoPeriodicPull, signal);
        await using var b = new ReplicaSite(remote, "b", NoPeriodicPull, signal);
        var onA = await a.StaffClientAsync();
        var onB = await b.StaffClientAsync();
        remote.GoAway();
        await onA.SubmitAsync(Url, f => EditorClient.Set(f, "contact.phone", "617-555-0111"));
        remote.ComeBack();

        // B's push signals A, whose sync then finds both edited the listing.
        await onB.SubmitAsync(Url, f => EditorClient.Set(f, "contact.phone", "617-555-0122"));

        var state = RemoteOf(await WaitForAsync(a.CreateClient(), "/api/status", json => RemoteOf(json).GetProperty("displaced").GetArrayLength() == 1));
        Assert.Equal(0, state.GetProperty("waiting").GetInt32());
        await WaitForAsync(a.CreateClient(), Page, html => html.Contains("617-555-0122"));
        Assert.Contains("617-555-0122", remote.OnRemote(Id));
        var kept = state.GetProperty("displaced")[0].GetString()!;
        Assert.Contains("617-555-0111", IopFinder.Core.Tests.Support.TestGit.Run(a.Clone, "show", $"{kept}:content/programs/{Id}.md"));
        var status = await PortalClient.Html(await a.CreateClient().GetAsync("/status"));
        Assert.Contains(kept, status.QuerySelector("#remote-displaced")!.TextContent);
    }

    private static async Task<JsonElement> RemoteStatusAsync(ReplicaSite site) => RemoteOf(await site.CreateClient().GetStringAsync("/api/status"));

    private static JsonElement RemoteOf(string json) => JsonDocument.Parse(json).RootElement.GetProperty("content_remote");

    /// <summary>Polls <paramref name="url"/> until its text passes <paramref name="done"/>; the last text either way.</summary>
    private static async Task<string> WaitForAsync(HttpClient client, string url, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var text = await client.GetStringAsync(url);
        while (!done(text) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            text = await client.GetStringAsync(url);
        }
        Assert.True(done(text), $"{url} did not reach the expected state within 30 s");
        return text;
    }
}
