using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Import;
using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Import;

/// <summary>The bundled catalog is SAMHSA's directory: its filter totals match counts made directly from the CSV.</summary>
public sealed class NationalCatalogFixture : IDisposable
{
    public NationalCatalogFixture()
    {
        Catalog = new CatalogLoader(ZipTable.Default).Load(Repo.Content, "content");
        Index = new CatalogIndex(Catalog, ZipTable.Default);
        using var reader = new StreamReader(Repo.SamhsaFacilities);
        Rows = CsvReader.Read(reader)
            .Select(r => (Codes: r.Row["Service_code_info"].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(), State: r.Row["State"], Zip: r.Row["Zip"].PadLeft(5, '0')))
            .Where(r => r.Codes.Contains("OIT"))
            .ToList();
    }

    public Catalog Catalog { get; }
    public CatalogIndex Index { get; }
    public List<(HashSet<string> Codes, string State, string Zip)> Rows { get; }

    public void Dispose() => Index.Dispose();
}

public class NationalCatalogTests(NationalCatalogFixture fixture) : IClassFixture<NationalCatalogFixture>
{
    private int Total(SearchQuery query) => fixture.Index.Search(query).Total;

    private int Rows(Func<HashSet<string>, bool> test) => fixture.Rows.Count(r => test(r.Codes));

    private static SearchQuery Term(string parameter, string id) =>
        new() { Terms = new Dictionary<string, IReadOnlyList<string>> { [parameter] = [id] } };

    [Fact]
    public void Catalog_IsValidAndHasEveryIntensiveOutpatientFacility()
    {
        Assert.Empty(fixture.Catalog.Problems);
        Assert.Equal(5736, fixture.Rows.Count);
        Assert.Equal(fixture.Rows.Count, fixture.Catalog.Listings.Count);
        Assert.All(fixture.Catalog.Listings, l => Assert.Equal(SamhsaImporter.SourceName, l.Source?.Name));
        Assert.DoesNotContain(fixture.Catalog.Listings, l => l.Example);
    }

    [Fact]
    public void Totals_MatchTheCsv_Medicaid() => Assert.Equal(Rows(c => c.Contains("MD")), Total(Term("insurance", "medicaid")));

    [Fact]
    public void Totals_MatchTheCsv_Spanish() => Assert.Equal(Rows(c => c.Contains("SP")), Total(Term("language", "es")));

    [Fact]
    public void Totals_MatchTheCsv_CoOccurring() =>
        Assert.Equal(Rows(c => c.Contains("SUMH") || c.Contains("CO")), Total(Term("condition", "co-occurring")));

    [Fact]
    public void Totals_MatchTheCsv_Telehealth() => Assert.Equal(Rows(c => c.Contains("TELE")), Total(Term("format", "virtual")));

    [Fact]
    public void Totals_MatchTheCsv_Within10MilesOf02139OrVirtualInMassachusetts()
    {
        var origin = ZipTable.Default.Find("02139")!.Point;
        var expected = fixture.Rows.Count(r =>
            Haversine(origin, ZipTable.Default.Find(r.Zip)!.Point) <= 10 || (r.Codes.Contains("TELE") && r.State == "MA"));
        var results = fixture.Index.Search(new SearchQuery { Near = "02139", Radius = 10 });
        Assert.Equal(expected, results.Total);
        Assert.True(results.Total > 10);
    }

    /// <summary>Written apart from the code under test, from the formula.</summary>
    private static double Haversine(GeoPoint a, GeoPoint b)
    {
        static double R(double d) => d * Math.PI / 180;
        var h = Math.Pow(Math.Sin(R(b.Lat - a.Lat) / 2), 2) + Math.Cos(R(a.Lat)) * Math.Cos(R(b.Lat)) * Math.Pow(Math.Sin(R(b.Lon - a.Lon) / 2), 2);
        return 2 * 3958.7613 * Math.Asin(Math.Sqrt(h));
    }
}
