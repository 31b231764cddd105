using IopFinder.Core.Checklist;
using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Search;
using IopFinder.Core.Tests.Checklist;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Hostile;

/// <summary>Thousands of generated hostile queries against the search and the checklist: parsed, answered, never thrown.</summary>
public sealed class GeneratedInputFixture : IDisposable
{
    public CatalogIndex Index { get; } = new(new CatalogLoader(ZipTable.Default).Load(Repo.Examples), ZipTable.Default);

    public void Dispose() => Index.Dispose();
}

public class GeneratedInputTests(GeneratedInputFixture fixture) : IClassFixture<GeneratedInputFixture>
{
    [Fact]
    public void Search_ThreeThousandGeneratedQueries_AlwaysAnswer()
    {
        var random = new Random(20261124);
        var parser = new SearchQueryParser(TestCatalog.Taxonomy);
        for (var i = 0; i < 3000; i++)
        {
            var pairs = HostileInputs.Query(random);
            var parsed = parser.Parse(pairs);
            var results = fixture.Index.Search(parsed.Query);
            Assert.InRange(results.Total, 0, fixture.Index.Count);
            Assert.True(results.Hits.Count <= parsed.Query.Size);
            Assert.True(parsed.Query.Text.Length <= SearchQueryParser.MaxTextLength);
            Assert.True(parsed.Warnings.Count <= 25, string.Join("; ", pairs));
        }
    }

    [Fact]
    public void Checklist_TwoThousandGeneratedRequests_AlwaysScore()
    {
        var random = new Random(988);
        var parser = new ChecklistParser(TestCatalog.Taxonomy);
        var scorer = new ChecklistScorer(TestCatalog.Taxonomy, ZipTable.Default, new FixedClock(DateTimeOffset.UnixEpoch));
        var listings = fixture.Index.Catalog.Listings;
        for (var i = 0; i < 2000; i++)
        {
            var parsed = parser.Parse(HostileInputs.Query(random));
            var chosen = listings.OrderBy(_ => random.Next()).Take(random.Next(0, 7)).ToList();
            var result = scorer.Score(parsed.Request, chosen);
            Assert.All(result.Programs, p => Assert.InRange(p.Score ?? 0, 0, 100));
        }
    }
}
