using System.Net;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Tests.Manage.Editing;
using IopFinder.Web.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Tests.Manage;

/// <summary>The portal with its staff database on PostgreSQL (what replicas share): migrations, and a journey from sign-in to an approved change.</summary>
[Collection(PostgresCollection.Name)]
public class PostgresPortalTests(PostgresServer postgres)
{
    private const string Url = "/manage/listings/" + EditorSite.Listing;

    [Fact]
    public async Task FirstUse_OfAnEmptyPostgresDatabase_AppliesEveryMigrationAndTheModelHasNoUnmigratedChange()
    {
        await using var site = new PortalSite(await postgres.CreateDatabaseAsync());

        var (provider, pending, changed) = site.Read(db => (db.Database.ProviderName, db.Database.GetPendingMigrations().Count(), db.Database.HasPendingModelChanges()));

        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", provider);
        Assert.Equal(0, pending);
        Assert.False(changed);
        Assert.Equal(site.Read(db => db.Database.GetMigrations().Count()), site.Read(db => db.Database.GetAppliedMigrations().Count()));
    }

    [Fact]
    public async Task Journey_SignInFromTheEmailClaimEditAndApprove_IsStoredAndAuditedInPostgres()
    {
        await using var site = new EditorSite(staffConnection: await postgres.CreateDatabaseAsync());
        var staff = site.NewClient();

        var signedIn = await staff.OpenLinkAsync(await staff.RequestSignInAsync(EditorSite.Staff));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var claimed = await staff.ClaimAsync(EditorSite.Listing);
        Assert.Contains("Done", (await PortalClient.Html(claimed)).QuerySelector("#claim-outcome")!.TextContent);
        Assert.Equal(EditorSite.Listing, site.Read(db => db.Grants.Single().ListingId));

        var editor = new EditorClient(staff);
        await editor.SubmitAsync(Url, f => EditorClient.Set(f, "contact.phone", "617-555-0177"));
        await editor.SubmitAsync(Url, f => EditorClient.Set(f, "name", "Harborview Renamed IOP"));
        Assert.Contains("617-555-0177", site.FileOf(EditorSite.Listing));
        Assert.DoesNotContain("Renamed", site.FileOf(EditorSite.Listing));

        var maintainer = site.NewClient();
        await maintainer.SignInWithCodeAsync(PortalSite.Maintainer);
        var item = site.Read(db => db.ReviewItems.Single(i => i.Kind == ReviewKind.Change));
        var decided = await maintainer.PostAsync("/manage/review", "/manage/review?handler=decide", ("id", $"{item.Id}"), ("decision", "approve"), ("reason", ""));

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Contains("Harborview Renamed IOP", site.FileOf(EditorSite.Listing));
        Assert.Equal(ReviewStatus.Approved, site.Read(db => db.ReviewItems.Single(i => i.Id == item.Id).Status));
        var rows = (await PortalClient.Html(await maintainer.Http.GetAsync("/manage/audit"))).QuerySelectorAll("#audit tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains(EditorSite.Staff) && r.Contains("signed in"));
        Assert.Contains(rows, r => r.Contains(EditorSite.Staff) && r.Contains("claimed (granted at once)"));
        Assert.Contains(rows, r => r.Contains(EditorSite.Staff) && r.Contains("changed") && r.Contains("617-555-0177"));
        Assert.Contains(rows, r => r.Contains(PortalSite.Maintainer) && r.Contains("approved") && r.Contains("Harborview Renamed IOP"));
    }
}
