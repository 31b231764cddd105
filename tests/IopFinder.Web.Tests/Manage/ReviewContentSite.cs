using System.Diagnostics;
using IopFinder.Core.Content;
using IopFinder.Core.Editing;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Editing;
using IopFinder.Web.Manage.Review;
using IopFinder.Web.Shared.Localization;
using IopFinder.Web.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Manage;

/// <summary>
/// The portal on a temporary content folder that is its own git repository (listing "alpha" committed), with the
/// live reload on: what a maintainer approves is written, committed and served. One per test.
/// </summary>
public sealed class ReviewContentSite : PortalSite
{
    public const string Id = "alpha";

    /// <param name="dir">Where the content folder goes (a small disk, in the full-disk tests); a new temporary folder unless given.</param>
    public ReviewContentSite(string? dir = null)
    {
        Dir = dir ?? Path.Combine(Path.GetTempPath(), "iopfinder-review-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Dir, "programs"));
        File.Copy(Path.Combine(RepoRoot, "content", "taxonomy.yml"), Path.Combine(Dir, "taxonomy.yml"));
        File.WriteAllText(FileOf(Id), LiveContentFactory.Listing("Alpha Program"));
        Git("init", "--quiet");
        Git("add", ".");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", "start");
    }

    public string Dir { get; }

    public override string ContentPath => Dir;

    public string FileOf(string id) => Path.Combine(Dir, "programs", id + ".md");

    /// <summary>git's answer in the content folder (the log, the last commit's author).</summary>
    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {process.StandardError.ReadToEnd()}");
        return output;
    }

    /// <summary>The change an editor would queue: the fields in which <paramref name="edit"/> differs from alpha as it is now.</summary>
    public IReadOnlyList<FieldChange> ChangeOf(Func<Core.Listings.Listing, Core.Listings.Listing> edit)
    {
        using var scope = StaffScope();
        var listing = scope.ServiceProvider.GetRequiredService<ListingEditService>().Open(Id).Listing!;
        return ChangeSet.Between(ListingWriter.Write(listing), ListingWriter.Write(edit(listing)));
    }

    /// <summary>Puts an item in the queue as the editor's pages do.</summary>
    public async Task<int> SubmitAsync(ReviewKind kind, string listingId, string submitter, string? payload, string language = "en")
    {
        using var scope = StaffScope();
        var item = await scope.ServiceProvider.GetRequiredService<ReviewQueue>()
            .SubmitAsync(kind, listingId, submitter, SiteLanguage.FromTag(language) ?? SiteLanguage.Default, payload);
        return item.Id;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Catalog:ReloadDebounceMilliseconds", "100");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
    }
}
