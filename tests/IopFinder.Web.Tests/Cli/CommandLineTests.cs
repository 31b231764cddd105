using IopFinder.Core.Taxonomy;
using IopFinder.Core.Tests.Support;
using IopFinder.Web.Cli;

namespace IopFinder.Web.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "iopfinder-cli-" + Guid.NewGuid().ToString("N"));

    public CommandLineTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "programs"));
        File.Copy(Path.Combine(SiteFactory.RepoRoot, "content", "taxonomy.yml"), Path.Combine(_dir, "taxonomy.yml"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Validate_ExampleCatalog_ExitsZero()
    {
        var (code, output, error) = Run("validate", Path.Combine(SiteFactory.RepoRoot, "tests", "fixtures", "example-catalog"));
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("47 listings", output);
    }

    [Fact]
    public void Validate_BundledNationalCatalog_ExitsZero()
    {
        var (code, output, error) = Run("validate", Path.Combine(SiteFactory.RepoRoot, "content"));
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("6733 listings", output);
    }

    [Fact]
    public void Validate_BrokenListing_PrintsPathLineMessageAndExitsOne()
    {
        File.WriteAllText(Path.Combine(_dir, "programs", "bad.md"), "---\nname: Bad\nlevels_of_care: [iop]\nconditions: [anxeity]\nformats: [virtual]\nvirtual_states: [MA]\n---\n");
        var (code, _, error) = Run("validate", _dir);
        Assert.Equal(1, code);
        Assert.Equal($"{_dir}/programs/bad.md:4: unknown conditions term 'anxeity' (did you mean 'anxiety'?)", error.Trim());
    }

    [Fact]
    public void Validate_MissingFolder_ExitsOneWithMessage()
    {
        var (code, _, error) = Run("validate", Path.Combine(_dir, "missing"));
        Assert.Equal(1, code);
        Assert.Contains("content folder not found", error);
    }

    [Fact]
    public void Serve_WithBrokenTaxonomy_ExitsOneWithMessageNotStackTrace()
    {
        File.WriteAllText(Path.Combine(_dir, "taxonomy.yml"), "conditions: [\n");
        var (code, _, error) = Run("--content", _dir, "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, code);
        Assert.StartsWith("IopFinder cannot start: the catalog cannot be loaded.", error);
        Assert.Contains("taxonomy.yml:", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void ValidateExplain_ShowsDerivedValuesAndTheFiltersTheListingMatches()
    {
        var file = Path.Combine(SiteFactory.RepoRoot, "tests", "fixtures", "example-catalog", "programs", "harborview-example-iop.md");
        var (code, output, _) = Run("validate", "--explain", file);
        Assert.Equal(0, code);
        Assert.Contains("track 'Evening': Mon/Wed/Thu · 5:30–8:30 pm · 9 h/week, evening", output);
        Assert.Contains("hours per week: 9 to 12", output);
        Assert.Contains("site: 123 Example Wharf Rd, Cambridge, MA 02139 at 42.3656, -71.104", output);
        Assert.Contains("insurance: medicaid (Medicaid)", output);
        Assert.Contains("near: any searcher located in MA, NH (virtual care)", output);
    }

    [Fact]
    public void ValidateExplain_BrokenListing_PrintsProblemsAndExitsOne()
    {
        var file = Path.Combine(_dir, "programs", "bad.md");
        File.WriteAllText(file, "---\nname: Bad\nlevels_of_care: [iop]\nconditions: [anxeity]\nformats: [virtual]\nvirtual_states: [MA]\n---\n");
        var (code, output, error) = Run("validate", "--explain", file);
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("bad.md:4: unknown conditions term 'anxeity' (did you mean 'anxiety'?)", error);
        Assert.Contains("would be left out", error);
    }

    [Fact]
    public void ValidateExplain_ZipCentroid_IsSaid()
    {
        var file = Path.Combine(_dir, "programs", "zip.md");
        File.WriteAllText(file, "---\nname: Zip\nlevels_of_care: [iop]\nconditions: [anxiety]\nformats: [in-person]\nlocations:\n  - city: Cambridge\n    state: MA\n    zip: \"02139\"\n---\n");
        var (code, output, _) = Run("validate", "--explain", file);
        Assert.Equal(0, code);
        Assert.Contains("(the ZIP's centre)", output);
        Assert.Contains("schedule: none listed", output);
    }

    [Fact]
    public void Guide_RewritesTheVocabularySection()
    {
        File.WriteAllText(Path.Combine(_dir, "README.md"), $"# Guide\n{VocabularyGuide.StartMarker}\n{VocabularyGuide.EndMarker}\n");
        var (code, _, _) = Run("guide", _dir);
        Assert.Equal(0, code);
        var taxonomy = TaxonomyLoader.Load(Repo.TaxonomyFile, "taxonomy.yml").Taxonomy!;
        var dbt = taxonomy["modalities"].Find("dbt")!;
        Assert.Contains($"| `dbt` | {dbt.Label} | {dbt.LabelEs} |", File.ReadAllText(Path.Combine(_dir, "README.md")));
    }

    [Theory]
    [InlineData("conditions", "depression", "label_es", "label")]
    [InlineData("insurance", "medicaid", "description_es", "description")]
    public void Validate_TermWithoutSpanish_PrintsTaxonomyLineAndExitsOne(string vocabulary, string id, string field, string what)
    {
        var (text, line) = TaxonomyText.Without(vocabulary, id, field);
        File.WriteAllText(Path.Combine(_dir, "taxonomy.yml"), text);
        var (code, _, error) = Run("validate", _dir);
        Assert.Equal(1, code);
        Assert.Equal($"{_dir}/taxonomy.yml:{line}: term '{id}' needs '{field}', its {what} in Spanish (see docs/glossary-es.md)", error.Trim());
    }

    // The portal words these problems in the page's language; the command line prints Core's English.
    [Theory]
    [InlineData("A description with no fields above it.\n", "1: no front matter: the file must start with a line '---', the listing's fields, and another '---'")]
    [InlineData("---\n- name\n- formats\n---\nBody.\n", "2: front matter must be 'key: value' lines")]
    public void Validate_ListingFileWithoutFields_PrintsCoresEnglishAndExitsOne(string file, string printed)
    {
        File.WriteAllText(Path.Combine(_dir, "programs", "bad.md"), file);
        var (code, _, error) = Run("validate", _dir);
        Assert.Equal(1, code);
        Assert.Equal($"{_dir}/programs/bad.md:{printed}", error.Trim());
    }

    [Fact]
    public void Serve_ContentPathThatIsNotAFolder_ExitsOneWithMessage()
    {
        var file = Path.Combine(_dir, "not-a-folder.txt");
        File.WriteAllText(file, "x");
        var (code, _, error) = Run("--content", file, "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, code);
        Assert.Contains("content folder not found", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Serve_MissingZipTable_ExitsOneWithMessage()
    {
        var (code, _, error) = Run("--content", _dir, "--urls", "http://127.0.0.1:0", "--Catalog:ZipTablePath=" + Path.Combine(_dir, "missing.tsv.gz"));
        Assert.Equal(1, code);
        Assert.Contains("missing.tsv.gz: cannot read the ZIP table", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void UnknownCommand_ExitsTwoWithUsage()
    {
        var (code, _, error) = Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("Usage:", error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_PrintsTheUsageAndExitsZero(string word)
    {
        var (code, output, error) = Run(word);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.StartsWith(CommandLine.Usage, output);
    }

    [Theory]
    [InlineData(new[] { "validate", "--explain" }, "--explain")]
    [InlineData(new[] { "import" }, "command")]
    [InlineData(new[] { "import", "samhsa" }, "samhsa")]
    [InlineData(new[] { "import", "samhsa", "a.csv", "--out" }, "--out")]
    [InlineData(new[] { "--content" }, "--content")]
    public void IncompleteCommand_SaysWhatIsMissing_PrintsUsage_AndExitsTwo(string[] args, string named)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(named, error.Split('\n')[0]);
        Assert.Contains(CommandLine.Usage, error);
    }

    [Fact]
    public void ServeArguments_PassTheUrlsAndEveryConfigurationKeyToTheHost_AsTyped()
    {
        var host = CommandLine.ServeArguments(["--urls", "http://127.0.0.1:0", "--Site:PublicUrl=https://iop.example.org/a?b=c", "--Logging:LogLevel:Default", "Warning", "--Key", "@values.txt"]);
        Assert.Equal(["--urls=http://127.0.0.1:0", "--Site:PublicUrl=https://iop.example.org/a?b=c", "--Logging:LogLevel:Default", "Warning", "--Key", "@values.txt"], host);
    }

    [Theory]
    [InlineData(new[] { "--content", "demo" }, "--Catalog:ContentPath=demo")]
    [InlineData(new[] { "--content=demo" }, "--Catalog:ContentPath=demo")]
    public void ServeArguments_MapContentToConfiguration(string[] args, string expected) =>
        Assert.Equal(expected, CommandLine.ServeArguments(args)[0]);

    private static readonly string Samples = Path.Combine(SiteFactory.RepoRoot, "tests", "IopFinder.Core.Tests", "Fixtures", "samhsa");

    [Fact]
    public void Import_BothDirectories_WritesListingsAndReports()
    {
        var (code, output, error) = Run("import", "samhsa", Path.Combine(Samples, "national-directory-su-facilities-2023-sample.csv"),
            Path.Combine(Samples, "national-directory-mh-facilities-2024-sample.csv"), "--out", _dir);
        Assert.True(code == 0, error);
        Assert.Contains("1 facilities are in both directories", output);
        Assert.Contains("names SAMHSA cut over two fields were joined", output);
        Assert.Contains("1 duplicates (same name, address and phone)", output);
        Assert.Contains("Codes not imported, and why", output);
        Assert.Contains("1 facilities have age codes that leave out the people of their own special programs; their listings say no ages:", output);
        Assert.Contains("national-directory-su-facilities-2023-sample.csv:5: Gavin Foundation", output);
        Assert.Equal(0, Run("validate", _dir).Code);
    }

    [Fact]
    public void Import_FileOfNeitherDirectory_ExitsOneNamingFileAndLine_AndChangesNothing()
    {
        File.WriteAllText(Path.Combine(_dir, "programs", "kept.md"), "kept");
        var bad = Path.Combine(_dir, "other.csv");
        File.WriteAllText(bad, "Facility,Address\nA,B\n");
        var (code, _, error) = Run("import", "samhsa", bad, "--out", _dir);
        Assert.Equal(1, code);
        Assert.Contains($"{bad}:1: not a SAMHSA National Directory file", error);
        Assert.Contains("Nothing in", error);
        Assert.Equal(["kept.md"], Directory.GetFiles(Path.Combine(_dir, "programs")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("missing.csv", "file not found")]
    [InlineData("programs", "is a folder")]
    public void Import_UnreadablePath_ExitsOne(string name, string message)
    {
        var (code, _, error) = Run("import", "samhsa", Path.Combine(_dir, name), "--out", _dir);
        Assert.Equal(1, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Import_OutputThatIsAFile_ExitsOne()
    {
        var file = Path.Combine(_dir, "taxonomy.yml");
        var (code, _, error) = Run("import", "samhsa", Path.Combine(Samples, "national-directory-su-facilities-2023-sample.csv"), "--out", file);
        Assert.Equal(1, code);
        Assert.Contains("is a file", error);
    }
}
