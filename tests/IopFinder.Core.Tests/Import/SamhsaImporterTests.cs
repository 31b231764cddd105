using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Import;
using IopFinder.Core.Listings;
using IopFinder.Core.Tests.Checklist;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Import;

/// <summary>Real rows of SAMHSA's 2023 directory (Fixtures/samhsa); Gavin Foundation's ZIP lost its leading zero on purpose.</summary>
public sealed class SamhsaImporterTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Fixtures", "samhsa", "national-directory-su-facilities-2023-sample.csv");
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly string _out = Path.Combine(Path.GetTempPath(), "iopfinder-import-" + Guid.NewGuid().ToString("N"));

    public SamhsaImporterTests()
    {
        Directory.CreateDirectory(_out);
        File.Copy(Repo.TaxonomyFile, Path.Combine(_out, "taxonomy.yml"));
    }

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private ImportReport Import(string? csv = null) => new SamhsaImporter(ZipTable.Default, Clock).Import(csv ?? Sample, _out);

    private Catalog Load() => new CatalogLoader(ZipTable.Default).Load(_out, "out");

    private Listing Get(string id) => Load().Listings.Single(l => l.Id == id);

    [Fact]
    public void Import_WritesOneValidListingPerIntensiveOutpatientFacility()
    {
        var report = Import();
        Assert.Equal(5, report.Facilities);
        Assert.Empty(report.Skipped);
        var catalog = Load();
        Assert.Empty(catalog.Problems);
        Assert.Equal(5, catalog.Listings.Count);
        Assert.DoesNotContain(catalog.Listings, l => l.Name.StartsWith("Lighthouse"));
    }

    [Fact]
    public void Import_WithheldAddress_StaysOutOfTheAddressAndGeocodesByZip()
    {
        Import();
        var location = Get("renewal-house-inc-nashville-tn").Locations.Single();
        Assert.Null(location.Address);
        Assert.Equal("37218", location.Zip);
        Assert.True(location.PointFromZip);
    }

    [Fact]
    public void Import_ZipThatLostItsLeadingZero_IsRestored()
    {
        Import();
        var gavin = Get("gavin-foundation-boston-ma");
        Assert.Equal("02127", gavin.Locations[0].Zip);
        Assert.Equal(["MA"], gavin.VirtualStates);
    }

    [Fact]
    public void Import_DuplicateNames_GetStableDistinctIds()
    {
        Import();
        Assert.Equal("143 South Center Street", Get("crossroads-mesa-az").Locations[0].Address);
        Assert.Equal("244 North Extension Road", Get("crossroads-mesa-az-2").Locations[0].Address);
    }

    [Fact]
    public void Import_MapsCodesToTerms()
    {
        Import();
        var gavin = Get("gavin-foundation-boston-ma");
        Assert.Equal(["iop"], gavin.LevelsOfCare);
        Assert.Equal(["substance-use", "co-occurring"], gavin.Conditions);
        Assert.Equal(["in-person", "virtual"], gavin.Formats);
        Assert.Equal(["medicaid", "private", "self-pay"], gavin.Insurance);
        Assert.Contains("cbt", gavin.Modalities);
        Assert.Contains("carf", gavin.Accreditation);
        Assert.Equal("Also listed as: Center for Recovery Services.", gavin.Body.Trim());
        Assert.Contains("Anger management", gavin.OtherServices);
        Assert.Equal(new ListingSource(SamhsaImporter.SourceName, 2023, new DateOnly(2026, 11, 24)), gavin.Source);

        var aurora = Get("aurora-las-encinas-hospital-pasadena-ca");
        Assert.Equal(["iop", "php"], aurora.LevelsOfCare);
        Assert.Contains("zh", aurora.Languages);
        Assert.Contains("joint-commission", aurora.Accreditation);
        Assert.Contains("tricare", aurora.Insurance);
        Assert.Contains("veterans", aurora.Features);
        Assert.Equal("Intake: 626-356-2645", aurora.Contact.Referral);
    }

    [Fact]
    public void Reimport_NeverOverwritesClaimedListings_UpdatesOthers_ReportsDepartures()
    {
        Import();
        var claimedPath = Path.Combine(_out, "programs", "gavin-foundation-boston-ma.md");
        var edited = File.ReadAllText(claimedPath).Replace("---\n", "---\nclaimed: true\n", StringComparison.Ordinal).Replace("\"Gavin Foundation\"", "\"Gavin Foundation IOP\"");
        File.WriteAllText(claimedPath, edited);
        var reduced = Path.Combine(_out, "national-directory-su-facilities-2023-sample.csv");
        File.WriteAllLines(reduced, File.ReadAllLines(Sample).Where(line => !line.StartsWith("Renewal House", StringComparison.Ordinal)));
        File.Copy(Path.Combine(Path.GetDirectoryName(Sample)!, "national-directory-su-codes-2023-sample.csv"), Path.Combine(_out, "national-directory-su-codes-2023-sample.csv"));

        var report = Import(reduced);
        Assert.Equal(["gavin-foundation-boston-ma"], report.KeptClaimed);
        Assert.Equal(edited, File.ReadAllText(claimedPath));
        Assert.Equal(["renewal-house-inc-nashville-tn"], report.LeftDirectory);
        Assert.True(File.Exists(Path.Combine(_out, "programs", "renewal-house-inc-nashville-tn.md")));
        Assert.Equal(3, report.Unchanged);
        Assert.Equal("Gavin Foundation IOP", Get("gavin-foundation-boston-ma").Name);
    }

    [Theory]
    [InlineData("2127", "02127")]
    [InlineData("601", "00601")]
    [InlineData("02139", "02139")]
    [InlineData("021394307", "02139")]
    [InlineData("12", null)]
    public void NormalizeZip_RestoresLeadingZerosAndDropsPlusFour(string raw, string? expected) =>
        Assert.Equal(expected, SamhsaFacilityMapper.NormalizeZip(raw));

    [Theory]
    [InlineData("St. Mary's Hospital & Clinic Boston MA", "st-mary-s-hospital-and-clinic-boston-ma")]
    [InlineData("  Centro Latino   de Salud  ", "centro-latino-de-salud")]
    [InlineData("Niños Café", "ninos-cafe")]
    public void Slug_IsLowercaseDashed(string text, string slug) => Assert.Equal(slug, SamhsaImporter.Slug(text));

    [Fact]
    public void CsvReader_HandlesQuotesCommasAndLineBreaks()
    {
        var rows = CsvReader.Read(new StringReader("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\n")).ToList();
        Assert.Equal("x, y", rows[0].Row["a"]);
        Assert.Equal("say \"hi\"", rows[0].Row["b"]);
        Assert.Equal("multi\nline", rows[1].Row["a"]);
        Assert.Equal(3, rows[1].Line);
    }
}
