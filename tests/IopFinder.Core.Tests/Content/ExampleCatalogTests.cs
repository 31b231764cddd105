using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Content;

/// <summary>The bundled examples are diverse on purpose, so every filter has something to find.</summary>
public class ExampleCatalogTests
{
    private static readonly Lazy<Catalog> Examples = new(() => new CatalogLoader(ZipTable.Default).Load(Repo.Examples, "content"));
    private static IReadOnlyList<Listing> Listings => Examples.Value.Listings;

    [Fact]
    public void Examples_CoverAtLeastFifteenStates() =>
        Assert.True(Listings.SelectMany(l => l.States.Concat(l.VirtualStates)).Distinct().Count() >= 15);

    [Fact]
    public void Examples_CoverEveryConditionAndFormat()
    {
        Assert.Empty(TestCatalog.Taxonomy["conditions"].Ids.Except(Listings.SelectMany(l => l.Conditions)));
        Assert.Empty(TestCatalog.Taxonomy["formats"].Ids.Except(Listings.SelectMany(l => l.Formats)));
    }

    [Fact]
    public void Examples_HaveMorningAfternoonEveningAndSaturdayTracks()
    {
        var tracks = Listings.SelectMany(l => l.Schedule).ToList();
        Assert.Contains(tracks, t => t.TimeOfDay == TimeOfDayBand.Morning);
        Assert.Contains(tracks, t => t.TimeOfDay == TimeOfDayBand.Afternoon);
        Assert.Contains(tracks, t => t.TimeOfDay == TimeOfDayBand.Evening);
        Assert.Contains(tracks, t => t.Days.Contains(DayOfWeek.Saturday));
    }

    [Fact]
    public void Examples_ServeChildrenThroughOlderAdults() =>
        Assert.Empty(TestCatalog.Taxonomy["ages"].Ids.Except(Listings.SelectMany(l => l.Ages)));

    [Fact]
    public void Examples_IncludeSpanishVirtualOnlyTwoSiteAndSparseListings()
    {
        Assert.True(Listings.Count(l => l.Languages.Contains("es")) >= 3);
        Assert.Contains(Listings, l => l.Locations.Count == 0 && l.VirtualStates.Count >= 3);
        Assert.Contains(Listings, l => l.Locations.Count >= 2);
        Assert.Contains(Listings, l => l.Schedule.Count == 0 && l.Insurance.Count == 0);
    }

    [Fact]
    public void Examples_AreClearlyFictional()
    {
        Assert.All(Listings, l =>
        {
            Assert.True(l.Example);
            Assert.Contains("Example", l.Name);
            Assert.Matches(@"555-01\d\d", l.Contact.Phone ?? "555-0100");
            Assert.True(l.Contact.Website is null || new Uri(l.Contact.Website).Host.EndsWith("example.org"));
        });
    }
}
