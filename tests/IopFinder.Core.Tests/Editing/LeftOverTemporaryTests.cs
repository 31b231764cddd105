using IopFinder.Core.Common;
using IopFinder.Core.Content;
using IopFinder.Core.Editing;
using IopFinder.Core.Geo;
using static IopFinder.Core.Tests.Editing.EditForms;

namespace IopFinder.Core.Tests.Editing;

/// <summary>
/// A save killed between writing its temporary file and the rename leaves that file beside the listing: the next save of
/// the listing removes it (never anything else), and meanwhile the catalog never reads it and git never commits it.
/// </summary>
public class LeftOverTemporaryTests
{
    private const string Id = "harbor-view-iop";

    // A process id no process can have; pid 1 always runs (init, or the container's own process).
    private const int Gone = int.MaxValue;

    [Theory]
    [InlineData(".harbor-view-iop.md.{gone}.0123456789abcdef0123456789abcdef.tmp", false)]
    [InlineData(".harbor-view-iop.md.{self}.0123456789abcdef0123456789abcdef.tmp", false)]
    [InlineData(".harbor-view-iop.md.0123456789abcdef0123456789abcdef.tmp", false)]
    [InlineData(".harbor-view-iop.md.1.0123456789abcdef0123456789abcdef.tmp", true)]
    [InlineData(".other-iop.md.{gone}.0123456789abcdef0123456789abcdef.tmp", true)]
    [InlineData("harbor-view-iop.md.{gone}.0123456789abcdef0123456789abcdef.tmp", true)]
    [InlineData(".harbor-view-iop.md.notes", true)]
    public async Task Save_RemovesOnlyTheListingsTemporaryFilesNoRunningWriterOwns(string name, bool stays)
    {
        using var content = new TempContent(git: true);
        var opened = content.Add(Id, ValidText());
        var leftOver = Path.Combine(content.Programs, name.Replace("{gone}", $"{Gone}").Replace("{self}", $"{Environment.ProcessId}"));
        File.WriteAllText(leftOver, "---\nname: Half Wri");

        var saved = Assert.IsType<Saved>(await content.Saver.SaveAsync(Id, opened, Reader().Read(Id, With(("contact.phone", ["617-555-0199"])), null).Listing!));

        Assert.Equal(stays, File.Exists(leftOver));
        Assert.Equal(GitStatus.Committed, saved.Git.Status);
        Assert.Equal($"content/programs/{Id}.md", content.Git("show", "--name-only", "--format=", "HEAD").Trim());
        Assert.Contains("617-555-0199", File.ReadAllText(content.PathOf(Id)));
    }

    [Fact]
    public void LeftOverTemporaryFile_IsNotAListing_AndGitIgnoresIt()
    {
        using var content = new TempContent(git: true);
        File.Copy(Path.Combine(Support.Repo.Root, "content", ".gitignore"), Path.Combine(content.Folder, ".gitignore"));
        File.Copy(Path.Combine(Support.Repo.Root, "content", CatalogLoader.TaxonomyFile), Path.Combine(content.Folder, CatalogLoader.TaxonomyFile));
        content.Add(Id, ValidText(), commit: false);
        // A whole, valid listing under another name: still not one, as it was never renamed into place.
        var leftOver = TemporaryFiles.Beside(Path.Combine(content.Programs, "ghost-iop.md"), hidden: true);
        File.WriteAllText(leftOver, ValidText().Replace("Harbor View", "Ghost"));

        var catalog = new CatalogLoader(ZipTable.Default).Load(content.Folder, "content");

        Assert.Equal([Id], catalog.Listings.Select(l => l.Id));
        Assert.Empty(catalog.Problems);
        content.Git("add", "--all");
        Assert.DoesNotContain(".tmp", content.Git("status", "--porcelain", "--untracked-files=all"));
    }

    [Fact]
    public void FolderFlush_PutsAnExistingFolderOnDisk_AndSaysWhenThereIsNone()
    {
        using var content = new TempContent();

        Assert.True(FolderFlush.Flush(content.Programs));
        Assert.False(FolderFlush.Flush(Path.Combine(content.Programs, "missing")));
    }
}
