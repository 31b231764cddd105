using System.Text.RegularExpressions;
using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Import;
using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;
using nietras.SeparatedValues;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Tests.Import;

/// <summary>
/// The bundled catalog against SAMHSA's files themselves: every facility counted here straight from the
/// CSVs (intensive outpatient rows of 2023, day-program rows of 2024; one facility in both counted once;
/// a row repeating another's name, address and phone counted once), so filter totals can be checked.
/// </summary>
public sealed partial class NationalCatalogFixture : IDisposable
{
    public NationalCatalogFixture()
    {
        Catalog = new CatalogLoader(ZipTable.Default).Load(Repo.Content, "content");
        Index = new CatalogIndex(Catalog, ZipTable.Default);
        var byKey = new Dictionary<string, Facility>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, selection, directory) in new[] { (Repo.SamhsaFacilities, "OIT", "su"), (Repo.SamhsaMentalHealthFacilities, "PHDT", "mh") })
        {
            using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).FromFile(file);
            foreach (var row in reader)
            {
                var columns = new string[8];
                for (var i = 0; i < columns.Length; i++) columns[i] = Squeeze(row[i].ToString());
                string Col(int i) => columns[i];
                var codes = row[12].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
                if (!codes.Contains(selection)) continue;
                var zip = Col(6).PadLeft(5, '0')[..5];
                var key = string.Join('|', Col(0), Col(1), Col(2), zip);
                if (byKey.TryGetValue(key, out var both) && !both.Directories.Contains(directory))
                {
                    both.Codes.UnionWith(codes);
                    both.Directories.Add(directory);
                    continue;
                }
                if (!seen.Add(string.Join('|', Col(0), Col(1), Col(2), Col(3), zip, Col(7)))) continue;
                var facility = new Facility(codes, [directory], Col(5).ToUpperInvariant(), zip);
                byKey.TryAdd(key, facility);
                Facilities.Add(facility);
            }
        }
    }

    public Catalog Catalog { get; }
    public CatalogIndex Index { get; }
    public List<Facility> Facilities { get; } = [];

    public void Dispose() => Index.Dispose();

    private static string Squeeze(string text) => SpaceRun().Replace(text.Trim().ToLowerInvariant(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRun();

    public sealed record Facility(HashSet<string> Codes, HashSet<string> Directories, string State, string Zip)
    {
        /// <summary>
        /// Special programs and the age codes their people fall under, from the codes' own names: "Adult
        /// women", "Persons 18 and older with SMI", "Seniors or older adults", "Adolescents"...
        /// </summary>
        private static readonly (string Program, string[] AgeCodes)[] ProgramAges =
        [
            ("SE", ["ADLT", "SNR"]), ("WN", ["YAD", "ADLT", "SNR"]), ("MN", ["YAD", "ADLT", "SNR"]),
            ("DU", ["YAD", "ADLT", "SNR"]), ("DUO", ["YAD", "ADLT", "SNR"]), ("SMI", ["YAD", "ADLT", "SNR"]), ("AD", ["CHLD"]), ("SED", ["CHLD"]),
        ];

        public bool Any(params string[] codes) => codes.Any(Codes.Contains);

        /// <summary>SPEC section 6: any buprenorphine code, unless the facility says it uses no medicine for opioid use.</summary>
        public bool ListsBuprenorphine => Any("BU", "UB", "BUM", "DB", "BWN", "BWON", "BERI", "BSDM") && !Any("NMOA");
        public bool IsIop => Directories.Contains("su");
        public bool IsDayProgram => Directories.Contains("mh") || Codes.Contains("ODT");

        /// <summary>True when the facility codes age groups and none of them fits one of its special programs.</summary>
        public bool AgesContradictPrograms => Any("CHLD", "YAD", "ADLT", "SNR") && ProgramAges.Any(p => Any(p.Program) && !Any(p.AgeCodes));

        /// <summary>Says the age group: codes it and does not contradict itself.</summary>
        public bool SaysAge(string code) => Any(code) && !AgesContradictPrograms;

        /// <summary>Says no age group at all: no age code, or age codes its special programs contradict.</summary>
        public bool SaysNoAges => !Any("CHLD", "YAD", "ADLT", "SNR") || AgesContradictPrograms;
    }
}

public class NationalCatalogTests(NationalCatalogFixture fixture) : IClassFixture<NationalCatalogFixture>
{
    private static readonly string[] BothLevels = ["iop", "php"];

    private int Total(params (string Parameter, string[] Ids)[] filters)
    {
        var terms = filters.ToDictionary(f => f.Parameter, f => (IReadOnlyList<string>)f.Ids);
        terms.TryAdd("level", BothLevels);
        return fixture.Index.Search(new SearchQuery { Terms = terms }).Total;
    }

    private int Count(Func<NationalCatalogFixture.Facility, bool> test) => fixture.Facilities.Count(test);

    [Fact]
    public void Catalog_IsValidAndHasEveryFacilityOfBothDirectories()
    {
        Assert.Empty(fixture.Catalog.Problems);
        Assert.Equal(5736, fixture.Facilities.Count(f => f.IsIop));
        Assert.Equal(fixture.Facilities.Count, fixture.Catalog.Listings.Count);
        Assert.All(fixture.Catalog.Listings, l => Assert.All(l.Sources, s => Assert.True(SamhsaDirectory.IsSamhsa(s.Name))));
        Assert.DoesNotContain(fixture.Catalog.Listings, l => l.Example);
    }

    /// <summary>SPEC section 6's table, each row as (filter, id, codes that state it, codes that deny it), plus a few more.</summary>
    public static TheoryData<string, string, string, string> Section6 => new()
    {
        { "medication", "buprenorphine", "BU UB BUM DB BWN BWON BERI BSDM", "NMOA" },
        { "medication", "methadone", "MU METH MM DM", "NMOA" },
        { "medication", "naltrexone", "NU UN RPN NXN VTRL", "" },
        { "gender", "female", "FEM WN PW", "" },
        { "gender", "male", "MALE MN", "" },
        { "population", "pregnant-postpartum", "PW", "" },
        { "population", "criminal-justice", "CJ", "" },
        // Trauma survivors include the narrower groups (sexual abuse, domestic violence).
        { "population", "trauma-survivors", "TRMA XA DV", "" },
        { "feature", "outcome-tracking", "OFD", "" },
        { "feature", "suicide-prevention", "SPS", "" },
        { "feature", "transportation", "TA", "" },
        { "feature", "child-care", "CCC", "" },
        { "insurance", "payment-assistance", "PA", "" },
        { "insurance", "state-financed", "SI", "" },
        { "insurance", "medicaid", "MD", "" },
        { "modality", "contingency-management", "CMI CRV", "" },
        { "modality", "twelve-step", "TWFA", "" },
        { "modality", "matrix-model", "MXM", "" },
        { "condition", "gambling", "TGD", "" },
        { "condition", "ptsd", "PTSD", "" },
        { "condition", "eating-disorders", "PED", "" },
        { "condition", "psychosis", "PEFP", "" },
        { "modality", "dbt", "DBT", "" },
        { "modality", "emdr", "EMDR", "" },
        { "modality", "tms", "TMS", "" },
        { "modality", "ect", "ECT", "" },
        { "modality", "ketamine", "KIT", "" },
        { "language", "es", "SP", "" },
        { "format", "virtual", "TELE", "" },
    };

    [Theory]
    [MemberData(nameof(Section6))]
    public void Totals_MatchTheCsvs(string parameter, string id, string codes, string denials)
    {
        var states = codes.Split(' ');
        var denies = denials.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var expected = Count(f => f.Any(states) && !f.Any(denies));
        Assert.True(expected > 0, $"{id}: no facility in the CSVs");
        Assert.Equal(expected, Total((parameter, [id])));
    }

    /// <summary>Ages only from SAMHSA's age codes: a special program for teens or seniors is no age code.</summary>
    [Theory]
    [InlineData("children", "CHLD")]
    [InlineData("adolescents", "CHLD")]
    [InlineData("young-adults", "YAD")]
    [InlineData("adults", "ADLT")]
    [InlineData("older-adults", "SNR")]
    public void Totals_MatchTheCsvs_AgesFromTheAgeCodesOnly(string id, string code)
    {
        var results = fixture.Index.Search(new SearchQuery { Terms = new Dictionary<string, IReadOnlyList<string>> { ["level"] = BothLevels, ["age"] = [id] } });
        Assert.Equal(Count(f => f.SaysAge(code)), results.Total);
        Assert.Equal(Count(f => f.SaysNoAges), results.UnknownTotal);
    }

    [Fact]
    public void Ages_FacilitiesWhoseAgeCodesContradictTheirPrograms_SayNoAges()
    {
        var contradicting = Count(f => f.AgesContradictPrograms);
        Assert.True(contradicting > 100, $"{contradicting}: a weak check");
        Assert.Equal(Count(f => f.SaysNoAges), fixture.Catalog.Listings.Count(l => l.Ages.Count == 0));
    }

    [Fact]
    public void Ages_CounselingAssociatesHelena_HasNoAgeCode_SoSaysNoAges_AndKeepsItsPrograms()
    {
        // Its SAMHSA record has programs for adolescents, young adults and seniors, and no age code.
        var listing = fixture.Catalog.Listings.Single(l => l.Id == "counseling-associates-inc-helena-mt");
        Assert.Empty(listing.Ages);
        Assert.Contains("adolescents", listing.Populations);
        Assert.Contains("young-adults", listing.Populations);
        Assert.Contains("seniors", listing.Populations);
    }

    [Fact]
    public void Ages_MontanaBuprenorphineWithAdults_CountsTheProgramsCodingAdults_AndKeepsThoseThatDontSay()
    {
        static bool MontanaBuprenorphine(NationalCatalogFixture.Facility f) => f.State == "MT" && f.ListsBuprenorphine;
        Assert.Equal(Count(MontanaBuprenorphine), Total(("state", ["MT"]), ("medication", ["buprenorphine"])));
        var adults = fixture.Index.Search(new SearchQuery
        {
            Terms = new Dictionary<string, IReadOnlyList<string>> { ["level"] = BothLevels, ["state"] = ["MT"], ["medication"] = ["buprenorphine"], ["age"] = ["adults"] },
            IncludeUnknown = true, Size = 100,
        });
        Assert.Equal(Count(f => MontanaBuprenorphine(f) && f.SaysAge("ADLT")), adults.Total);
        // The programs that don't say which ages they take are listed after the matches, not dropped.
        var unknown = adults.Hits.Skip(adults.Total).Select(h => h.Listing).Where(l => l.Medications.Contains("buprenorphine")).ToList();
        Assert.Equal(Count(f => MontanaBuprenorphine(f) && f.SaysNoAges), unknown.Count);
        Assert.Contains(unknown, l => l.Id == "counseling-associates-inc-helena-mt");
    }

    [Fact]
    public void Totals_MatchTheCsvs_DayPrograms() => Assert.Equal(Count(f => f.IsDayProgram), Total(("level", ["php"])));

    [Fact]
    public void Totals_MatchTheCsvs_IntensiveOutpatientByDefault() =>
        Assert.Equal(Count(f => f.IsIop), fixture.Index.Search(new SearchQuery()).Total);

    [Fact]
    public void Totals_MatchTheCsvs_DayProgramsForPtsd() => Assert.Equal(Count(f => f.IsDayProgram && f.Any("PTSD")), Total(("level", ["php"]), ("condition", ["ptsd"])));

    [Fact]
    public void Totals_MatchTheCsvs_DayProgramsWithDbt() => Assert.Equal(Count(f => f.IsDayProgram && f.Any("DBT")), Total(("level", ["php"]), ("modality", ["dbt"])));

    [Fact]
    public void Totals_MatchTheCsvs_CoOccurring() => Assert.Equal(Count(f => f.Any("SUMH", "CO", "MHS", "IDD")), Total(("condition", ["co-occurring"])));

    [Fact]
    public void Totals_MatchTheCsvs_OpioidUseIsWhatTheDirectorySays() =>
        Assert.Equal(Count(f => f.IsIop && !f.Any("NOOP", "AUDO")), fixture.Index.Search(new SearchQuery { Terms = new Dictionary<string, IReadOnlyList<string>> { ["condition"] = ["opioid-use"] } }).Total);

    [Theory]
    [InlineData("02139", 10)]
    [InlineData("60614", 25)]
    public void Totals_MatchTheCsvs_DayProgramsWithinARadius(string zip, double radius)
    {
        var origin = ZipTable.Default.Find(zip)!.Point;
        var expected = Count(f => f.IsDayProgram && ZipTable.Default.Find(f.Zip) is { } place && Haversine(origin, place.Point) <= radius);
        var results = fixture.Index.Search(new SearchQuery { Near = zip, Radius = radius, Terms = new Dictionary<string, IReadOnlyList<string>> { ["level"] = ["php"] } });
        Assert.Equal(expected, results.Total);
        Assert.True(results.Total > 2);
    }

    [Fact]
    public void Totals_MatchTheCsvs_Within10MilesOf02139()
    {
        var origin = ZipTable.Default.Find("02139")!.Point;
        var expected = Count(f => f.IsIop && ZipTable.Default.Find(f.Zip) is { } place && Haversine(origin, place.Point) <= 10);
        var results = fixture.Index.Search(new SearchQuery { Near = "02139", Radius = 10 });
        Assert.Equal(expected, results.Total);
        Assert.True(results.Total > 10);
    }

    [Fact]
    public void UnknownIsNotNo_EveningNearBoston_ListsTheProgramsThatDontSay()
    {
        var results = fixture.Index.Search(new SearchQuery { Near = "02139", Radius = 100, Times = ["evening"] });
        Assert.Equal(0, results.Total);
        var origin = ZipTable.Default.Find("02139")!.Point;
        Assert.Equal(Count(f => f.IsIop && ZipTable.Default.Find(f.Zip) is { } place && Haversine(origin, place.Point) <= 100), results.UnknownTotal);
    }

    [Theory]
    [InlineData("methodone", "methadone")]
    [InlineData("suboxon", "suboxone")]
    [InlineData("alchohol", "alcohol")]
    [InlineData("vetrans", "veterans")]
    [InlineData("traumma", "trauma")]
    [InlineData("adolesent", "adolescent")]
    [InlineData("dialectcal behavior therapy", "dialectical behavior therapy")]
    public void TextSearch_CommonMisspelling_FindsWhatTheWordFinds(string typo, string word)
    {
        var meant = fixture.Index.Search(new SearchQuery { Text = word });
        var typed = fixture.Index.Search(new SearchQuery { Text = typo });
        Assert.True(meant.Total > 100, $"{word}: {meant.Total}");
        Assert.Equal(meant.Total, typed.Total);
    }

    /// <summary>A medicine's name, brand or generic, English or Spanish, finds the programs that list that medicine, and only those.</summary>
    [Theory]
    [InlineData("suboxone", "buprenorphine")]
    [InlineData("subutex", "buprenorphine")]
    [InlineData("sublocade", "buprenorphine")]
    [InlineData("buprenorphine", "buprenorphine")]
    [InlineData("buprenorfina", "buprenorphine")]
    [InlineData("methadone", "methadone")]
    [InlineData("metadona", "methadone")]
    [InlineData("vivitrol", "naltrexone")]
    [InlineData("naltrexona", "naltrexone")]
    [InlineData("campral", "acamprosate")]
    [InlineData("antabuse", "disulfiram")]
    public void TextSearch_MedicineName_FindsExactlyTheProgramsListingIt(string word, string id)
    {
        foreach (var level in BothLevels)
        {
            var levels = new Dictionary<string, IReadOnlyList<string>> { ["level"] = [level] };
            var typed = fixture.Index.Search(new SearchQuery { Text = word, Terms = levels });
            var listing = fixture.Index.Search(new SearchQuery { Terms = new Dictionary<string, IReadOnlyList<string>>(levels) { ["medication"] = [id] } });
            Assert.Equal(listing.Total, typed.Total);
        }
    }

    [Fact]
    public void TextSearch_Suboxone_FindsAsManyAsListBuprenorphine_CountedFromTheCsvs()
    {
        var expected = Count(f => f.IsIop && f.ListsBuprenorphine);
        Assert.Equal(expected, fixture.Index.Search(new SearchQuery { Text = "suboxone" }).Total);
    }

    /// <summary>SAMHSA records naloxone only as "naloxone and overdose education" (NOE): that is what the word finds.</summary>
    [Theory]
    [InlineData("narcan")]
    [InlineData("naloxone")]
    [InlineData("naloxona")]
    public void TextSearch_Naloxone_FindsTheProgramsTeachingOverdoseReversal(string word) =>
        Assert.Equal(Count(f => f.IsIop && f.Any("NOE")), fixture.Index.Search(new SearchQuery { Text = word }).Total);

    [Theory]
    [InlineData("vivienda", "Help finding housing")]
    [InlineData("acupuntura", "Acupuncture")]
    [InlineData("manejo del enojo", "Anger management")]
    public void TextSearch_ImportedServicePhrase_IsFoundByItsSpanishWords(string words, string phrase)
    {
        var withPhrase = fixture.Index.Catalog.Listings.Count(l => l.OtherServices.Contains(phrase) && l.LevelsOfCare.Contains("iop"));
        Assert.True(withPhrase > 0);
        var results = fixture.Index.Search(new SearchQuery { Text = words, Size = 100 });
        Assert.True(results.Total >= withPhrase, $"{results.Total} found, {withPhrase} list '{phrase}'");
        Assert.All(results.Hits, h => Assert.Contains(phrase, h.Listing.OtherServices));
    }

    [Theory]
    [InlineData("depression")]
    [InlineData("depresión")]
    [InlineData("depresion")]
    public void TextSearch_ConditionNoListingWrites_LeadsToTheBroaderTermAndTheProgramsThatDontSay(string words)
    {
        // SAMHSA's directories record no conditions like depression, so no listing writes the word;
        // many list mental health, the broader term.
        var results = fixture.Index.Search(new SearchQuery { Text = words });
        Assert.Equal(0, results.Total);
        SearchResults Filtered(string id) => fixture.Index.Search(new SearchQuery { Terms = new Dictionary<string, IReadOnlyList<string>> { ["condition"] = [id] } });
        var filtered = Filtered("depression");
        var broader = Filtered("mental-health").Total;
        Assert.Equal(new TermMention("condition", "depression", "") { Total = 0, UnknownTotal = filtered.UnknownTotal, BroaderId = "mental-health", BroaderTotal = broader }, results.Mention);
        Assert.True(filtered.UnknownTotal > 1000);
        Assert.True(broader > 100);
    }

    /// <summary>
    /// Relevance judged from the data itself: what people type, and the term a program must list to be
    /// what they meant (or its name says it: a Veterans Affairs clinic is for veterans even when its
    /// SAMHSA record does not say so). Each query's first page must be such programs.
    /// </summary>
    [Theory]
    [InlineData("suboxone", "medication", "buprenorphine", "iop php")]
    [InlineData("vivitrol", "medication", "naltrexone", "iop php")]
    [InlineData("methadone", "medication", "methadone", "iop php")]
    [InlineData("DBT", "modality", "dbt", "iop php")]
    [InlineData("family therapy", "modality", "family-therapy", "iop php")]
    [InlineData("twelve step", "modality", "twelve-step", "iop php")]
    [InlineData("PTSD", "condition", "ptsd", "iop php")]
    [InlineData("eating disorder", "condition", "eating-disorders", "iop php")]
    [InlineData("gambling", "condition", "gambling", "iop php")]
    [InlineData("teens", "age population", "adolescents", "iop php")]
    // The mental-health directory records no veterans programs, so day programs have none to list.
    [InlineData("veterans", "population", "veterans", "iop")]
    [InlineData("pregnant", "population", "pregnant-postpartum", "iop php")]
    [InlineData("spanish", "language", "es", "iop php")]
    [InlineData("medicaid", "insurance", "medicaid", "iop php")]
    [InlineData("sliding scale", "insurance", "sliding-scale", "iop php")]
    [InlineData("methodone", "medication", "methadone", "iop php")]
    [InlineData("adolesent", "age population", "adolescents", "iop php")]
    [InlineData("terapia dialéctica", "modality", "dbt", "iop php")]
    [InlineData("terapia familiar", "modality", "family-therapy", "iop php")]
    [InlineData("trastorno de estrés postraumático", "condition", "ptsd", "iop php")]
    [InlineData("estres postraumatico", "condition", "ptsd", "iop php")]
    [InlineData("adolescentes", "age population", "adolescents", "iop php")]
    [InlineData("español", "language", "es", "iop php")]
    [InlineData("espanol", "language", "es", "iop php")]
    [InlineData("metadona", "medication", "methadone", "iop php")]
    [InlineData("embarazadas", "population", "pregnant-postpartum", "iop php")]
    [InlineData("precio según sus ingresos", "insurance", "sliding-scale", "iop php")]
    public void TextSearch_FirstPage_IsProgramsListingWhatTheWordsMean(string words, string parameter, string id, string levels)
    {
        // "teens" means a program that takes teens or one designed for them: either filter may say it.
        var filters = parameter.Split(' ').Select(p => Filtering.Filters.Find(p)!).ToList();
        IEnumerable<string> Listed(Listings.Listing listing) => filters.SelectMany(f => f.Read!(listing));
        foreach (var level in levels.Split(' '))
        {
            var results = fixture.Index.Search(new SearchQuery
            {
                Text = words, Size = 10, Terms = new Dictionary<string, IReadOnlyList<string>> { ["level"] = [level] },
            });
            Assert.Equal(10, results.Hits.Count);
            Assert.All(results.Hits, hit => Assert.True(Listed(hit.Listing).Contains(id) || NameSays(hit.Listing.Name, words),
                $"{words} ({level}): {hit.Listing.Id} lists {string.Join(", ", Listed(hit.Listing))}"));
        }
    }

    /// <summary>
    /// A facet count is the total the search would have with that value ticked: on the real catalog,
    /// where broad searches count with whole-catalog bit sets and narrow ones listing by listing.
    /// </summary>
    [Theory]
    [InlineData("q=family", "insurance", "medicaid")]
    [InlineData("q=family+therapy", "modality", "dbt")]
    [InlineData("condition=opioid-use", "condition", "alcohol-use")]
    [InlineData("condition=opioid-use", "insurance", "medicare")]
    [InlineData("near=02139&radius=25", "medication", "buprenorphine")]
    [InlineData("level=php&q=trauma", "age", "adolescents")]
    [InlineData("insurance=medicaid", "insurance", "medicare")]
    public void FacetCount_IsTheTotalWithThatValueTicked(string query, string parameter, string value)
    {
        var parser = new SearchQueryParser(fixture.Catalog.Taxonomy);
        SearchResults Run(string q) => fixture.Index.Search(parser.Parse(q.Split('&').Select(p => p.Split('='))
            .Select(p => new KeyValuePair<string, string?>(p[0], Uri.UnescapeDataString(p[1].Replace('+', ' '))))).Query);
        var facet = Run(query).Facets[parameter][value];
        var ticked = Run($"{query}&{parameter}={value}").Total;
        Assert.Equal(ticked, facet);
        Assert.True(facet > 0, $"{query} + {parameter}={value}: no program, a weak check");
    }

    private static bool NameSays(string name, string words) =>
        words.Split(' ').All(w => name.Contains(w.TrimEnd('s'), StringComparison.OrdinalIgnoreCase));

    /// <summary>Written apart from the code under test, from the formula.</summary>
    private static double Haversine(GeoPoint a, GeoPoint b)
    {
        static double R(double d) => d * Math.PI / 180;
        var h = Math.Pow(Math.Sin(R(b.Lat - a.Lat) / 2), 2) + Math.Cos(R(a.Lat)) * Math.Cos(R(b.Lat)) * Math.Pow(Math.Sin(R(b.Lon - a.Lon) / 2), 2);
        return 2 * 3958.7613 * Math.Asin(Math.Sqrt(h));
    }
}
