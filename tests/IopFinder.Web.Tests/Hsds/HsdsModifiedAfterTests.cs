using System.Text.Json;

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

public class HsdsModifiedAfterTests(DatedCatalogFactory factory) : IClassFixture<DatedCatalogFactory>
{
    private HsdsClient Hsds => new(factory.CreateClient());

    private static IEnumerable<string?> Names(JsonElement page) => page.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("name").GetString());

    [Fact]
    public async Task LastModified_IsTheListingFilesWriteTime_ToTheMillisecond()
    {
        var page = await Hsds.Json("/hsds/services?per_page=500");
        var times = page.GetProperty("contents").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("last_modified").GetString());
        Assert.Equal("2026-06-01T12:30:15.250Z", times["Harborview Example IOP"]);
        Assert.Equal("2025-01-01T00:00:00.000Z", times["Rocky Mountain Example Virtual IOP"]);
    }

    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("2026-06-01T12:30:15.250Z")]
    [InlineData("2026-06-01T14:30:15%2B02:00")]
    public async Task ModifiedAfter_KeepsOnlyListingsWrittenThenOrLater(string since)
    {
        var page = await Hsds.Json($"/hsds/services?modified_after={since}");
        Assert.Equal(["Green Mountain Example Virtual IOP", "Harborview Example IOP"], Names(page));
        var lines = await Hsds.Lines($"/hsds/services?format=ndjson&modified_after={since}");
        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public async Task ModifiedAfter_TheMillisecondAfter_KeepsNone() =>
        Assert.Equal(0, (await Hsds.Json("/hsds/services?modified_after=2026-06-01T12:30:15.251Z")).GetProperty("total_items").GetInt32());
}
