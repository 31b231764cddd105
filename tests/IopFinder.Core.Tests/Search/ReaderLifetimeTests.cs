using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;
using static IopFinder.Core.Tests.Support.TestCatalog;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Tests.Search;

/// <summary>
/// Catalog versions sharing one text index, as live reloads make them: each version holds a Lucene
/// reader while it is current or a search still reads it, and lets go of it afterwards.
/// </summary>
public sealed class ReaderLifetimeTests : IDisposable
{
    private readonly TextIndex _text = new();

    private CatalogIndex Version(IEnumerable<Listing> listings) =>
        new(new Catalog(Support.TestCatalog.Taxonomy, [.. listings.OrderBy(l => l.Id, StringComparer.Ordinal)], []), ZipTable.Default, _text);

    private static Listing Program(int i, string words) => Listing($"program-{i:D2}", FrontMatter($"Program {i} {words}"));

    [Fact]
    public async Task Reloads_KeepOpenReadersAndIndexFilesBounded()
    {
        const int reloads = 100;
        var listings = Enumerable.Range(0, 40).Select(i => Program(i, "harbor")).ToArray();
        var current = Version(listings);
        for (var reload = 1; reload <= reloads; reload++)
        {
            // A reload re-reads a few edited files; the others stay the same objects and are not indexed again.
            for (var k = 0; k < 4; k++)
            {
                var i = (reload * 4 + k) % listings.Length;
                listings[i] = Program(i, $"lighthouse{reload}");
            }
            var next = Version(listings);
            current.Dispose();
            current = next;
        }
        await current.WordsReady;

        var use = _text.Use;
        Assert.Equal(1, use.LeasedReaders);
        // A reader kept per version would keep its segment's files: at least one file per reload.
        Assert.InRange(use.Files, 1, reloads / 2);
        var last = await current.SearchAsync(new SearchQuery { Text = $"lighthouse{reloads}", Size = 100 });
        Assert.Equal(4, last.Total);
        current.Dispose();
        Assert.Equal(0, _text.Use.LeasedReaders);
    }

    [Fact]
    public async Task Search_OnRetiredVersionStillInUse_FindsThatVersionsWords()
    {
        var first = Version([Program(1, "harbor")]);
        // A request took the first version, then a reload swapped in the second and retired the first.
        Assert.True(first.TryAcquire());
        var second = Version([Program(1, "lighthouse")]);
        first.Dispose();
        await second.WordsReady;

        Assert.Equal(1, (await first.SearchAsync(new SearchQuery { Text = "harbor" })).Total);
        Assert.Equal(0, (await second.SearchAsync(new SearchQuery { Text = "harbor" })).Total);
        Assert.Equal(2, _text.Use.LeasedReaders);

        // The request ends: the first version closes, and nothing can take it any more.
        first.Release();
        Assert.Equal(1, _text.Use.LeasedReaders);
        Assert.False(first.TryAcquire());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => first.SearchAsync(new SearchQuery { Text = "harbor" }));
        second.Dispose();
    }

    public void Dispose() => _text.Dispose();
}
