using IopFinder.Core.Tests.Support;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Reminders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Manage;

/// <summary>
/// The portal on a temporary content folder that is a git repository, holding listing <see cref="Id"/>,
/// written in the saver's canonical form (so a save changes only what it means to), whose editors the test grants directly; <c>Site:PublicUrl</c> is set so reminders carry absolute links.
/// </summary>
public sealed class ConfirmSite : PortalSite
{
    public const string Id = "alpha";
    public const string PublicUrl = "https://iopfinder.example";

    /// <param name="confirmedDaysAgo">When the listing was confirmed, in days before <see cref="SiteFactory.Today"/>; null for never.</param>
    public ConfirmSite(int? confirmedDaysAgo = null)
    {
        Directory.CreateDirectory(Path.Combine(Dir, "programs"));
        File.Copy(Path.Combine(RepoRoot, "content", "taxonomy.yml"), Path.Combine(Dir, "taxonomy.yml"));
        var confirmed = confirmedDaysAgo is { } days
            ? $"confirmed: {{date: {DateOnly.FromDateTime(Today.UtcDateTime).AddDays(-days):yyyy-MM-dd}, by: program}}\n" : "";
        File.WriteAllText(ListingPath, $"---\nname: \"Alpha Program\"\nlevels_of_care: [iop]\nconditions: [depression]\nformats: [virtual]\nvirtual_states: [MA]\nlanguages: [en]\n{confirmed}---\nBody.\n");
        Git("init", "--quiet", "--initial-branch=main");
        Git("add", "--all");
        Git("-c", "user.name=Test Person", "-c", "user.email=person@example.com", "commit", "--quiet", "-m", "start");
    }

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "iopfinder-confirm-" + Guid.NewGuid().ToString("N"));

    public override string ContentPath => Dir;

    public string ListingPath => Path.Combine(Dir, "programs", Id + ".md");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:PublicUrl", PublicUrl);
    }

    /// <summary>Makes <paramref name="email"/> an editor of the listing, as a granted claim would.</summary>
    public void Grant(string email)
    {
        using var scope = StaffScope();
        var db = scope.ServiceProvider.GetRequiredService<StaffDb>();
        db.Grants.Add(new EditorGrant { ListingId = Id, Email = email, GrantedAt = Clock.GetUtcNow().UtcDateTime, Route = GrantRoute.Invite });
        db.SaveChanges();
    }

    /// <summary>One round of reminders at the clock's time, as the hosted service runs it.</summary>
    public async Task<int> RunRemindersAsync()
    {
        using var scope = StaffScope();
        return await scope.ServiceProvider.GetRequiredService<ConfirmationReminders>().RunOnceAsync(Clock.GetUtcNow());
    }

    /// <summary>Runs git in the content folder and returns its output; fails the test when git fails.</summary>
    public string Git(params string[] arguments) => TestGit.Run(Dir, arguments);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!Directory.Exists(Dir)) return;
        foreach (var file in Directory.EnumerateFiles(Dir, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(Dir, recursive: true);
    }
}
