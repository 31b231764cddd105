using System.Text.Json;

namespace IopFinder.Web.Tests.Hsds;

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
