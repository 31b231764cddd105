using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Import;
using IopFinder.Core.Listings;
using IopFinder.Core.Tests.Checklist;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Import;

/// <summary>
/// Real rows of SAMHSA's directories (Fixtures/samhsa): eight intensive outpatient facilities of 2023
/// (Gavin Foundation's ZIP lost its leading zero on purpose) and four rows of the 2024 mental-health
/// directory: Aurora Las Encinas (also in the first file), Alaska Behavioral Health twice, and a
/// facility with no day program.
/// </summary>
public sealed class SamhsaImporterTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "samhsa");
    private static readonly string SubstanceUse = Path.Combine(Fixtures, "national-directory-su-facilities-2023-sample.csv");
    private static readonly string MentalHealth = Path.Combine(Fixtures, "national-directory-mh-facilities-2024-sample.csv");
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly string _out = Path.Combine(Path.GetTempPath(), "iopfinder-import-" + Guid.NewGuid().ToString("N"));

    public SamhsaImporterTests()
    {
        Directory.CreateDirectory(_out);
        File.Copy(Repo.TaxonomyFile, Path.Combine(_out, "taxonomy.yml"));
    }

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private ImportReport Import(params string[] files) =>
        new SamhsaImporter(ZipTable.Default, Clock).Import(files.Length == 0 ? [SubstanceUse, MentalHealth] : files, _out);

    private Catalog Load() => new CatalogLoader(ZipTable.Default).Load(_out, "out");

    private Listing Get(string id) => Load().Listings.Single(l => l.Id == id);

    [Fact]
    public void Import_BothDirectories_WritesOneValidListingPerFacility()
    {
        var report = Import();
        Assert.Equal(7, report.Facilities[SamhsaDirectory.SubstanceUse.SourceName]);
        Assert.Equal(3, report.Facilities[SamhsaDirectory.MentalHealth.SourceName]);
        Assert.Equal(1, report.Merged);
        Assert.Empty(report.Skipped);
        Assert.Empty(report.UnmappedCodes);
        var catalog = Load();
        Assert.Empty(catalog.Problems);
        // 7 + 3 facilities, one in both, one row repeated: 8 listings.
        Assert.Equal(8, catalog.Listings.Count);
        Assert.DoesNotContain(catalog.Listings, l => l.Name.StartsWith("Lighthouse"));
        Assert.DoesNotContain(catalog.Listings, l => l.Locations[0].City == "Abbeville");
    }

    [Fact]
    public void Import_FacilityInBothDirectories_IsOneListingWithTheFactsOfBoth()
    {
        Import();
        var aurora = Get("aurora-las-encinas-hospital-pasadena-ca");
        Assert.Equal(["iop", "php"], aurora.LevelsOfCare);
        Assert.Equal([SamhsaDirectory.SubstanceUse.SourceName, SamhsaDirectory.MentalHealth.SourceName], aurora.Sources.Select(s => s.Name));
        Assert.Contains("mental-health", aurora.Conditions);
        Assert.Contains("opioid-use", aurora.Conditions);
        // The substance-use directory says which substances, so the general term gives way.
        Assert.DoesNotContain("substance-use", aurora.Conditions);
        Assert.Contains("joint-commission", aurora.Accreditation);
        Assert.Contains("medication-management", aurora.Modalities);
        Assert.Equal("Intake: 626-356-2645", aurora.Contact.Referral);
    }

    [Fact]
    public void Import_DayProgram_TreatsMentalHealthWithItsSpecialPrograms()
    {
        Import();
        var alaska = Get("alaska-behavioral-health-anchorage-ak");
        Assert.Equal(["php"], alaska.LevelsOfCare);
        Assert.Contains("mental-health", alaska.Conditions);
        Assert.Contains("ptsd", alaska.Conditions);
        Assert.Contains("dbt", alaska.Modalities);
        Assert.Contains("emdr", alaska.Modalities);
        Assert.Equal([SamhsaDirectory.MentalHealth.SourceName], alaska.Sources.Select(s => s.Name));
        Assert.Equal(2024, alaska.Sources[0].Year);
    }

    [Fact]
    public void Import_DirectoryStatementsBecomeConditions_NegativesWin()
    {
        Import();
        var gavin = Get("gavin-foundation-boston-ma");
        Assert.Equal(["opioid-use", "alcohol-use", "co-occurring"], gavin.Conditions.Take(3));
        var cornerstone = Get("cornerstone-recovery-anchorage-ak");
        // NOOP: "does not treat opioid use disorder".
        Assert.DoesNotContain("opioid-use", cornerstone.Conditions);
        Assert.DoesNotContain("substance-use", cornerstone.Conditions);
        Assert.Contains("alcohol-use", cornerstone.Conditions);
    }

    [Fact]
    public void Import_MapsCodesToStructuredFacts()
    {
        Import();
        var gavin = Get("gavin-foundation-boston-ma");
        Assert.Equal(["iop"], gavin.LevelsOfCare);
        Assert.Equal(["in-person", "virtual"], gavin.Formats);
        // Telehealth is said as SAMHSA says it: no claim about where it reaches.
        Assert.Empty(gavin.VirtualStates);
        Assert.Equal(["buprenorphine", "naltrexone", "acamprosate", "disulfiram"], gavin.Medications);
        Assert.Equal(["male", "female"], gavin.Genders);
        Assert.Contains("outcome-tracking", gavin.Features);
        Assert.Contains("carf", gavin.Accreditation);
        Assert.Contains("Anger management", gavin.OtherServices);
        Assert.DoesNotContain("Private non-profit organization", gavin.OtherServices);
        Assert.True(gavin.OtherServices.Count < 10);
        Assert.Equal([new ListingSource(SamhsaDirectory.SubstanceUse.SourceName, 2023, new DateOnly(2026, 11, 24))], gavin.Sources);

        var renewal = Get("renewal-house-inc-nashville-tn");
        Assert.Contains("pregnant-postpartum", renewal.Populations);
        Assert.Contains("free", renewal.Insurance);
    }

    /// <summary>
    /// Gavin Foundation codes only children and adolescents, yet runs a program for adult men: one of the two
    /// is wrong, so the listing says no ages (the program stays) and the report names the row.
    /// </summary>
    [Fact]
    public void Import_AgeCodesAProgramContradicts_WritesNoAges_AndReportsTheRow()
    {
        var report = Import();
        var gavin = Get("gavin-foundation-boston-ma");
        Assert.Empty(gavin.Ages);
        Assert.Contains("men", gavin.Populations);
        var line = Assert.Single(report.AgesContradicted);
        Assert.Matches(@"national-directory-su-facilities-2023-sample\.csv:5: Gavin Foundation — Center for Recovery Services: .* MN$", line);
        // Programs and age codes that agree: the ages are SAMHSA's codes, not the programs'.
        Assert.Equal(["young-adults", "adults"], Get("crossroads-mesa-az").Ages);
        Assert.Equal(["children", "adolescents", "young-adults", "adults"], Get("horizons-unlimited-of-san-francisco-ca").Ages);
    }

    [Fact]
    public void Import_NamesAreJoinedOrToldApart_IdsStayStable()
    {
        var report = Import();
        Assert.Equal("Horizons Unlimited of San Francisco Inc", Get("horizons-unlimited-of-san-francisco-ca").Name);
        Assert.Contains(report.JoinedNames, j => j.Joined == "Horizons Unlimited of San Francisco Inc");
        Assert.Equal("Gavin Foundation — Center for Recovery Services", Get("gavin-foundation-boston-ma").Name);
        Assert.Equal("Crossroads — Red Mountain", Get("crossroads-mesa-az").Name);
        Assert.Equal("Crossroads — Extension for Women", Get("crossroads-mesa-az-2").Name);
        Assert.Equal("143 South Center Street", Get("crossroads-mesa-az").Locations[0].Address);
    }

    [Fact]
    public void Import_RealDuplicate_IsWrittenOnceAndReported()
    {
        var report = Import();
        Assert.Contains("alaska-behavioral-health-anchorage-ak-2", Assert.Single(report.Duplicates));
        Assert.DoesNotContain(Load().Listings, l => l.Id == "alaska-behavioral-health-anchorage-ak-2");
    }

    [Fact]
    public void Import_ReportsDroppedCodesWithWhy()
    {
        var report = Import();
        var ownership = Assert.Single(report.DroppedCodes, d => d.Code == "PVTN");
        Assert.Contains("who owns or runs", ownership.Reason);
        Assert.True(ownership.Facilities > 0);
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
    public void Import_ZipThatLostItsLeadingZero_IsRestored() => Assert.Equal("02127", Import() is not null ? Get("gavin-foundation-boston-ma").Locations[0].Zip : null);

    [Fact]
    public void Reimport_NeverOverwritesClaimedListings_UpdatesOthers_ReportsDepartures()
    {
        Import();
        var claimedPath = Path.Combine(_out, "programs", "gavin-foundation-boston-ma.md");
        var edited = File.ReadAllText(claimedPath).Replace("---\n", "---\nclaimed: true\n", StringComparison.Ordinal)
            .Replace("\"Gavin Foundation — Center for Recovery Services\"", "\"Gavin Foundation IOP\"");
        File.WriteAllText(claimedPath, edited);
        var reduced = Path.Combine(_out, "national-directory-su-facilities-2023-sample.csv");
        File.WriteAllLines(reduced, File.ReadAllLines(SubstanceUse).Where(line => !line.StartsWith("Renewal House", StringComparison.Ordinal)));

        var report = Import(reduced, MentalHealth);
        Assert.Equal(["gavin-foundation-boston-ma"], report.KeptClaimed);
        Assert.Equal(edited, File.ReadAllText(claimedPath));
        Assert.Equal(["renewal-house-inc-nashville-tn"], report.LeftDirectory);
        Assert.True(File.Exists(Path.Combine(_out, "programs", "renewal-house-inc-nashville-tn.md")));
        Assert.Equal(6, report.Unchanged);
        Assert.Equal("Gavin Foundation IOP", Get("gavin-foundation-boston-ma").Name);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "Name,Street\nA,B\n", ":1: not a SAMHSA National Directory file" },
        { "", ":1: not a SAMHSA National Directory file" },
        { File.ReadAllLines(SubstanceUse)[0] + "\n" + File.ReadAllLines(SubstanceUse)[1] + "\nCut Short Inc,,1 Main St,,Boston\n", ":3: malformed row" },
        { File.ReadAllLines(SubstanceUse)[0] + "\n" + File.ReadAllLines(SubstanceUse)[1] + "\n\"Open Quote Inc,,1 Main St,,Boston,MA,02139,617-555-0100,,,,,SA OIT\n", ":3: malformed row: 1 columns where the header has 13" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Import_BadFile_IsOneMessageNamingFileAndLine_AndChangesNothing(string text, string message)
    {
        Import();
        var before = Snapshot();
        var bad = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.csv");
        File.WriteAllText(bad, text);
        try
        {
            var error = Assert.Throws<ImportException>(() => Import(bad, MentalHealth));
            Assert.StartsWith(bad, error.Message);
            Assert.Contains(message, error.Message);
            Assert.Equal(before, Snapshot());
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public void Import_OutputPathIsAFile_IsRefused()
    {
        var file = Path.Combine(_out, "not-a-folder.txt");
        File.WriteAllText(file, "x");
        var error = Assert.Throws<ImportException>(() => new SamhsaImporter(ZipTable.Default, Clock).Import([SubstanceUse], file));
        Assert.Contains("is a file", error.Message);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Import_IntoANewFolder_Works()
    {
        var fresh = Path.Combine(_out, "new", "content");
        new SamhsaImporter(ZipTable.Default, Clock).Import([SubstanceUse], fresh);
        Assert.Equal(7, Directory.GetFiles(Path.Combine(fresh, "programs"), "*.md").Length);
        Assert.DoesNotContain(Directory.GetDirectories(fresh), d => Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public void Import_SameDirectoryTwice_IsRefused() =>
        Assert.Contains("more than one file", Assert.Throws<ImportException>(() => Import(SubstanceUse, SubstanceUse)).Message);

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

    [Theory]
    [InlineData("Alcohol and Drug Services of", "Rhode Island", "Alcohol and Drug Services of Rhode Island")]
    [InlineData("New Directions Alcohol and", "Drug Services Inc", "New Directions Alcohol and Drug Services Inc")]
    [InlineData("Chemical Abuse Services Agency Inc", "(CASA)/IOP", "Chemical Abuse Services Agency Inc (CASA)/IOP")]
    [InlineData("Marana Health Center Inc", "DBA MHC Healthcare", "Marana Health Center Inc DBA MHC Healthcare")]
    [InlineData("Hope House Inc", "Outpatient", "Hope House Inc — Outpatient")]
    [InlineData("Hope House  Inc", "", "Hope House Inc")]
    public void FacilityName_JoinsCutNamesAndTellsProgramsApart(string name1, string name2, string expected) =>
        Assert.Equal(expected, FacilityName.Of(name1, name2));

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(_out, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(_out, f), File.ReadAllText);
}
