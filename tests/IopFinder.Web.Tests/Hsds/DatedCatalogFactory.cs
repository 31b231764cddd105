namespace IopFinder.Web.Tests.Hsds;

/// <summary>The example catalog copied with known file times: <c>last_modified</c> and <c>modified_after</c> follow the files.</summary>
public sealed class DatedCatalogFactory : SiteFactory
{
    public static readonly DateTime Old = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Edited = new(2026, 6, 1, 12, 30, 15, 250, DateTimeKind.Utc);
    public static readonly string[] EditedIds = ["harborview-example-iop", "green-mountain-example-virtual-iop"];

    private readonly string _content = Path.Combine(Path.GetTempPath(), "iopfinder-hsds-" + Guid.NewGuid().ToString("N"));

    public DatedCatalogFactory()
    {
        Directory.CreateDirectory(Path.Combine(_content, "programs"));
        File.Copy(Path.Combine(base.ContentPath, "taxonomy.yml"), Path.Combine(_content, "taxonomy.yml"));
        foreach (var file in Directory.GetFiles(Path.Combine(base.ContentPath, "programs"), "*.md"))
        {
            var copy = Path.Combine(_content, "programs", Path.GetFileName(file));
            File.Copy(file, copy);
            File.SetLastWriteTimeUtc(copy, EditedIds.Contains(Path.GetFileNameWithoutExtension(file)) ? Edited : Old);
        }
    }

    public override string ContentPath => _content;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_content)) Directory.Delete(_content, recursive: true);
    }
}
